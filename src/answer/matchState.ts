import type { AliasTable } from '../corpus/aliases';
import type { CorrectionTable } from '../corpus/corrections';
import { shortTitle } from '../facts/shortTitle';
import type { BudgetFact } from '../model/budgetFact';
import type { DutyFact } from '../model/dutyFact';
import type { HeadcountFact } from '../model/headcountFact';
import type { LocationFact } from '../model/locationFact';
import type { Milestone } from '../model/milestone';
import type { OverviewFact } from '../model/overviewFact';
import type { QuantitySeries } from '../model/quantitySeries';
import type { TableRow } from '../model/tableRow';
import type { Section } from '../model/section';
import { makeCorrector } from '../text/makeCorrector';
import { EMPTY_HAYSTACK, haystackOf, rangeHaystack, unionTerms, type Haystack } from './haystack';
import { subjectNames } from './subjectNames';
import { aliasRules } from './aliasRules';
import { buildSectionMatches, writtenIn, type SectionMatch } from './sectionMatches';
import { departmentPatterns, type DepartmentPattern } from './departmentPatterns';
import { placeWords, programPlaces } from './placeWords';
import { departmentPrograms } from './departmentPrograms';
import { cardSet, type CardSet } from './cardSet';
import type { LexiconFile } from '../lexicon/LexiconFile';
import type { SectionTerms } from '../search/SectionIndex';
import { MatchShare, type TextHaystack } from './matchShare';
import { budgetName, locationName, milestoneName, overviewName, seriesName, tableRowName } from './factNames';

export type { SectionMatch } from './sectionMatches';
import type { SourceRef } from '../model/sourceRef';

/** A fact with the haystack of everything it can be called by (its names and its program's titles). */
export interface Card<T> {
  fact: T;
  names: Haystack;
  /** The line the fact is written on, with its titles and the bullets it hangs under (`베트남` for 테크트레이드센터). */
  context: Haystack;
  /** Its program's lead sentence, when the fact is written below it (what every fact of the program is about). */
  lead: Haystack;
  /** The term sets of its names and line, for the card index. */
  keys: readonly ReadonlySet<string>[];
  /** The terms of its program's titles (one set shared by the program's cards). */
  titleKeys: ReadonlySet<string>;
}

/** A short name and the report's name it stands for (`캠타` → `캠퍼스타운`), as a spacing-free pattern. */
export interface AliasRule {
  pattern: RegExp;
  alias: string;
  target: string;
  targetCompact: string;
}

/**
 * Everything the matcher derives from a corpus, built once when it loads (never lazily), so the
 * first question after a start or a reload is as fast as the thousandth.
 */
export interface MatchState {
  correct: (text: string) => string;
  aliasRules: readonly AliasRule[];
  /** Words that say where or under whom: address words (`구로구`, `구로`, `DDP`) and departments. */
  placeWords: ReadonlySet<string>;
  /** Each program's addresses, by program id: a place word the program's body gives (`DDP 디자인장터 내`) names its facts. */
  programPlaces: ReadonlyMap<string, Haystack>;
  sections: ReadonlyMap<string, SectionMatch>;
  budgets: CardSet<BudgetFact>;
  milestones: CardSet<Milestone>;
  locations: CardSet<LocationFact>;
  duties: readonly Card<DutyFact>[];
  /** The patterns naming each department in a question. */
  departments: readonly DepartmentPattern[];
  /** The programs each department's duties name (see `departmentPrograms`). */
  departmentPrograms: ReadonlyMap<string, ReadonlySet<string>>;
  overviews: CardSet<OverviewFact>;
  tableRows: CardSet<TableRow>;
  series: CardSet<QuantitySeries>;
  /**
   * Everything the reports call something by: program and item titles, departments, places, and
   * the alias table (targets and short names) — whether a follow-up names its own subject.
   */
  names: Haystack;
}

/** What the matcher is built from. */
export interface MatchSources {
  sections: readonly Section[];
  budgets: readonly BudgetFact[];
  milestones: readonly Milestone[];
  locations: readonly LocationFact[];
  headcounts: readonly HeadcountFact[];
  duties: readonly DutyFact[];
  overviews: readonly OverviewFact[];
  tableRows: readonly TableRow[];
  series: readonly QuantitySeries[];
  aliases: AliasTable;
  corrections: CorrectionTable;
  /** The offices the reports are of (`경제정책실`): never a department. */
  offices: readonly string[];
}

/**
 * Builds the matcher's state from a parsed corpus, with the terms the section index needs (read
 * in the same pass).
 */
export function buildMatchState(kb: MatchSources, words: LexiconFile['departments'], share: MatchShare = new MatchShare()): { state: MatchState; indexTerms: ReadonlyMap<string, SectionTerms> } {
  const byId = new Map(kb.sections.map((s) => [s.id, s]));
  // Each program's titles are prepared once and shared by the cards of its facts (and by the same titles in other reports).
  const titles = new Map<string, TextHaystack>();
  const titlesOf = (programId: string | null) => {
    const key = programId ?? '';
    if (!titles.has(key)) titles.set(key, share.text(programTitles(byId, programId)));
    return titles.get(key)!;
  };
  const { matches: sections, indexTerms } = buildSectionMatches(kb.sections, share);
  // A fact's line and the bullets above it, word by word (pieces of different words never add up).
  const contexts = new Map<string, LineContext>();
  const lineOf = (source: SourceRef) => {
    const key = `${source.sectionId}\u0000${source.line}`;
    if (!contexts.has(key)) contexts.set(key, sharedLineContext(byId.get(source.sectionId), sections.get(source.sectionId), source.line, share));
    return contexts.get(key)!;
  };
  const card = <T extends { programId: string | null; source: SourceRef }>(fact: T, name: string, ownTopic = false): Card<T> => {
    const [own, program, line] = [share.text(name), titlesOf(fact.programId), lineOf(fact.source)];
    const leads = leadsOf(fact, ownTopic, byId, sections);
    const lead = leads.length === 2 ? share.join(leads[0]!.haystack, leads[1]!.haystack) : (leads[0]?.haystack ?? EMPTY_HAYSTACK);
    return { fact, names: share.join(own.haystack, program.haystack), context: line.haystack, lead, keys: [own.keys, ...line.keys, ...leads.flatMap((m) => m.lines.map((l) => l.own))], titleKeys: program.keys };
  };
  const budgets = kb.budgets.map((f) => card(f, budgetName(f)));
  const milestones = kb.milestones.map((m) => card(m, milestoneName(m)));
  const locations = kb.locations.map((l) => card(l, locationName(l), true));
  const cardShare = { intern: share.lists.intern, termLists: share.termLists };
  const state: MatchState = {
    correct: makeCorrector(kb.corrections),
    aliasRules: aliasRules(kb.aliases, (name) => writtenIn(sections, name)),
    placeWords: placeWords(kb.locations, kb.headcounts),
    programPlaces: programPlaces(kb.locations, share),
    sections,
    budgets: cardSet(budgets, cardShare),
    milestones: cardSet(milestones, cardShare),
    locations: cardSet(locations, cardShare),
    duties: kb.duties.map((d) => ({ fact: d, names: share.text(d.duties.join(' ')).haystack, context: EMPTY_HAYSTACK, lead: EMPTY_HAYSTACK, keys: [], titleKeys: new Set() })),
    departments: departmentPatterns(kb.headcounts.map((h) => h.department), kb.offices, words),
    departmentPrograms: departmentPrograms(kb.duties, kb.sections),
    overviews: cardSet(kb.overviews.map((f) => card(f, overviewName(f))), cardShare),
    tableRows: cardSet(kb.tableRows.map((r) => card(r, tableRowName(r))), cardShare),
    series: cardSet(kb.series.map((s) => card(s, seriesName(s))), cardShare),
    names: haystackOf(subjectNames(kb).join('\n')),
  };
  return { state, indexTerms };
}

/** The words of a line and of the bullets it hangs under, out of the section's haystack (shared by the same section in other reports). */
interface LineContext {
  haystack: Haystack;
  keys: readonly ReadonlySet<string>[];
}

/** The words of a line and of the bullets it hangs under, out of the section's haystack. */
function sharedLineContext(section: Section | undefined, match: SectionMatch | undefined, lineNumber: number, share: MatchShare): LineContext {
  const line = section && match?.lines[section.lineNumbers.indexOf(lineNumber)];
  if (!match || !line) return { haystack: EMPTY_HAYSTACK, keys: [] };
  return share.context(match, line.index, () => lineContext(match, line));
}

/** `sharedLineContext` of one line of a section's match. */
function lineContext(match: SectionMatch, line: SectionMatch['lines'][number]): LineContext {
  const lines = [line.index, ...line.above];
  const owns = lines.map((i) => match.lines[i]!.own);
  const text = lines.map((i) => match.lines[i]!.text).join(' ');
  return { haystack: rangeHaystack(match.store, lines.map((i) => match.lineWords[i]!), unionTerms(owns), text), keys: owns };
}

/**
 * What a fact is about besides its names and line: its program's lead sentence (`노후된
 * 서울애니메이션센터 재건축을 통해 …`), and for a place in a circled topic (`ownTopic`), that topic
 * (`③ 동북권 성장유망기업지원센터 시범운영`, whose 추진목적 says `스케일업`).
 */
function leadsOf(fact: { programId: string | null; source: SourceRef }, ownTopic: boolean, byId: ReadonlyMap<string, Section>, sections: ReadonlyMap<string, SectionMatch>): SectionMatch[] {
  const lead = fact.programId === fact.source.sectionId ? undefined : sections.get(fact.programId ?? '');
  const topic = ownTopic && byId.get(fact.source.sectionId)?.kind === 'topic' ? sections.get(fact.source.sectionId) : undefined;
  return [lead, topic].filter((m) => m !== undefined);
}

/** A fact's program's (and parent program's) short titles. */
function programTitles(byId: ReadonlyMap<string, Section>, programId: string | null): string {
  const names: string[] = [];
  for (let id = programId; id; ) {
    const section = byId.get(id);
    if (!section) break;
    if (section.kind === 'program' || section.kind === 'item') names.push(shortTitle(section.title));
    id = section.parentId;
  }
  return names.join(' ');
}
