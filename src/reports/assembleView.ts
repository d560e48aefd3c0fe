import type { AliasTable } from '../corpus/aliases';
import type { CorrectionTable } from '../corpus/corrections';
import type { FactTables } from '../facts/extractFacts';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Lexicon } from '../lexicon/Lexicon';
import type { LexiconFile } from '../lexicon/LexiconFile';
import { buildMatchState } from '../answer/matchState';
import type { MatchShare } from '../answer/matchShare';
import { SectionIndex } from '../search/SectionIndex';
import type { DocParts } from './DocParts';
import type { Library } from './Library';
import { buildTableKeys } from '../answer/tableKeys';
import { overviewConceptsOf } from '../answer/labelConcept';
import { compactText } from '../answer/compactText';
import { seriesKey } from '../answer/pickSeries';

/** What every view shares: the compiled words of the whole corpus. */
export interface ViewWords {
  lexicon: Lexicon;
  vocabulary: ReadonlySet<string>;
  aliases: AliasTable;
  corrections: CorrectionTable;
  departments: LexiconFile['departments'];
  /** Shared by every view of one build: lines, names and sections read once across reports. */
  share: MatchShare;
}

/** A report's parts, or only the sections in `sectionIds` and the facts written in them. */
export interface Selection {
  parts: DocParts;
  sectionIds: ReadonlySet<string> | null;
}

/** A view before its library exists (the library holds the views, and each view its library). */
export type ViewWithoutLibrary = Omit<Knowledge, 'library'>;

const FACT_KINDS = ['budgets', 'milestones', 'locations', 'headcounts', 'duties', 'overviews', 'tableRows', 'series'] as const;

/**
 * Builds one view: the selected sections and facts of one or more reports, matched and indexed
 * together. Reports are given newest first.
 *
 * @example
 * const view = assembleView([{ parts, sectionIds: null }], words);
 * view.documents.map((d) => d.id); // ['seoul-econ-2022-09']
 */
export function assembleView(selections: readonly Selection[], words: ViewWords): ViewWithoutLibrary {
  const started = performance.now();
  const keep = <T extends { source: { sectionId: string } }>(list: readonly T[], ids: ReadonlySet<string> | null) => (ids ? list.filter((f) => ids.has(f.source.sectionId)) : [...list]);
  const sections = selections.flatMap(({ parts, sectionIds }) => (sectionIds ? parts.sections.filter((s) => sectionIds.has(s.id)) : parts.sections));
  const facts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, selections.flatMap(({ parts, sectionIds }) => keep<FactTables[typeof kind][number]>(parts.facts[kind], sectionIds))])) as unknown as FactTables;
  const documents = selections.map((s) => s.parts.meta);
  const base = { documents, sections, ...facts, aliases: words.aliases, corrections: words.corrections };
  const { state: match, indexTerms } = buildMatchState({ ...base, offices: [...new Set(documents.map((d) => d.office))] }, words.departments, words.share);
  const index = new SectionIndex(sections, { terms: indexTerms, intern: words.share.lists.intern });
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const tables = buildTableKeys(match.tableRows, sectionById, words.lexicon.intent('ranking').cue('countTails').words, (kind, key, make) => words.share.once(kind, key, make));
  const overviewConcepts = overviewConceptsOf(facts.overviews, words.lexicon);
  const budgetKinds = new Set(facts.budgets.map((f) => compactText(f.kind)));
  const seriesKeys = [...new Set(facts.series.map((s) => seriesKey(s.name)))];
  return { ...base, lexicon: words.lexicon, vocabulary: words.vocabulary, match, index, sectionById, tables, overviewConcepts, budgetKinds, seriesKeys, buildMs: performance.now() - started };
}

/** The view with its library attached. */
export function withLibrary(view: ViewWithoutLibrary, library: Library): Knowledge {
  return { ...view, library };
}
