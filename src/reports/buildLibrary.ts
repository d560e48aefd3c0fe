import { createHash } from 'node:crypto';
import type { CorrectionTable } from '../corpus/corrections';
import type { RawCorpus } from '../corpus/readCorpus';
import type { TableWords } from '../facts/FactContext';
import type { Knowledge } from '../knowledge/Knowledge';
import { buildVocabulary } from '../knowledge/buildVocabulary';
import { checkedLexicon } from '../lexicon/checkedLexicon';
import type { CueFile } from '../lexicon/LexiconFile';
import { makeCorrector } from '../text/makeCorrector';
import { MatchShare } from '../answer/matchShare';
import { assembleView, withLibrary, type ViewWithoutLibrary, type ViewWords } from './assembleView';
import type { DocParts } from './DocParts';
import type { ProgramCopy } from './Library';
import { newestFirst, newestOfOffice } from './newestFirst';
import { documentHash, parseDocument, type ParseWords } from './parseDocument';
import { renamedKeys } from './programKeys';
import { reportsAddingFacts } from './reportsAddingFacts';
import { reportName } from './reportName';
import { selectCurrent } from './selectCurrent';
import { announcedMilestones } from './digestFor';

/** Called after each step of a build with its name and duration (the bench times them). */
export type PhaseTimer = (phase: 'parse' | 'lexicon' | 'views', ms: number) => void;

/**
 * Builds everything econ-bot knows from a read corpus: each report parsed once (or kept from
 * `previous` when its text and the word files are unchanged), one view per report, one per office
 * and the default view, which is returned with the library attached.
 *
 * @example
 * const kb = buildLibrary(await readCorpus('corpus'));
 * kb.library.documents.length; // 1
 */
export function buildLibrary(corpus: RawCorpus, timer: PhaseTimer = () => {}, previous?: Knowledge): Knowledge {
  const started = performance.now();
  let mark = started;
  const phase = (name: Parameters<PhaseTimer>[0]) => {
    const now = performance.now();
    timer(name, now - mark);
    mark = now;
  };
  const parseWords = { ...parseWordsOf(corpus), normalized: new Map<string, string>() };
  const documents = newestFirst(corpus.documents.map((d) => d.meta));
  const kept = (doc: RawCorpus['documents'][number]) => {
    const old = previous?.library.parts.get(doc.meta.id);
    return old && old.hash === documentHash(doc, parseWords.hash) ? old : null;
  };
  const byId = new Map(corpus.documents.map((doc) => [doc.meta.id, doc]));
  // Each report's hash is checked once: kept from `previous`, or parsed again.
  const olds = documents.map((meta) => kept(byId.get(meta.id)!));
  const rebuilt = documents.filter((_, i) => !olds[i]).map((meta) => meta.id);
  const parts = documents.map((meta, i) => olds[i] ?? parseDocument(byId.get(meta.id)!, parseWords));
  phase('parse');
  const sections = parts.flatMap((p) => p.sections);
  const vocabulary = buildVocabulary(sections);
  const lexicon = checkedLexicon(corpus, { sections, locations: parts.flatMap((p) => p.facts.locations) }, vocabulary);
  const words: ViewWords = { lexicon, vocabulary, aliases: corpus.aliases, corrections: parseWords.corrections, departments: corpus.lexicon.departments, share: new MatchShare({ shareLists: corpus.documents.length > 1 }) };
  phase('lexicon');
  const docViews = new Map(parts.map((p) => {
    // A report kept from the previous load keeps its view too (its hash was checked above).
    const old = !rebuilt.includes(p.meta.id) && previous?.library.byDoc.get(p.meta.id);
    return [p.meta.id, old ? { ...old, lexicon, vocabulary } : assembleView([{ parts: p, sectionIds: null }], words)] as const;
  }));
  const renamed = renamedKeys([...new Set(parts.flatMap((p) => [...p.programs.keys()]))], corpus.aliases);
  const viewOf = (chosen: DocParts[]): ViewWithoutLibrary => {
    const selection = selectCurrent(chosen, renamed);
    return selection.length === 1 && selection[0]!.sectionIds === null ? docViews.get(selection[0]!.parts.meta.id)! : assembleView(selection, words);
  };
  const current = viewOf(parts);
  const offices = [...new Set(documents.map((d) => d.office))];
  const officeViews = new Map(offices.map((office) => [office, offices.length === 1 ? current : viewOf(parts.filter((p) => p.meta.office === office))]));
  phase('views');
  const programs = programCopies(parts, renamed);
  const programKey = new Map([...programs].flatMap(([key, copies]) => copies.map((c) => [c.sectionId, key] as const)));
  const library = {
    documents,
    parts: new Map(parts.map((p) => [p.meta.id, p])),
    programs,
    programKey,
    addingFacts: reportsAddingFacts(parts, documents, programKey),
    names: new Map(documents.map((d) => [d.id, reportName(d)])),
    rebuilt,
    announced: announcedMilestones(current, new Set(offices.map((office) => newestOfOffice(documents, office)!.id))),
    byDoc: new Map<string, Knowledge>(),
    byOffice: new Map<string, Knowledge>(),
  };
  const attached = new Map<ViewWithoutLibrary, Knowledge>();
  const attach = (view: ViewWithoutLibrary) => attached.get(view) ?? attached.set(view, withLibrary(view, library)).get(view)!;
  library.byDoc = new Map([...docViews].map(([id, view]) => [id, attach(view)]));
  library.byOffice = new Map([...officeViews].map(([office, view]) => [office, attach(view)]));
  return { ...attach(current), buildMs: performance.now() - started };
}

/** Program key → its copies in the reports, newest first (a renamed program under its new key). */
function programCopies(parts: readonly DocParts[], renamed: ReadonlyMap<string, string>): Map<string, ProgramCopy[]> {
  const programs = new Map<string, ProgramCopy[]>();
  for (const p of parts) {
    const byId = new Map(p.sections.map((s) => [s.id, s]));
    for (const [key, sectionId] of p.programs) {
      const canon = renamed.get(key) ?? key;
      const copy = { docId: p.meta.id, sectionId, title: byId.get(sectionId)!.title };
      programs.set(canon, [...(programs.get(canon) ?? []), copy]);
    }
  }
  return programs;
}

/** The corrections (with the lexicon's Hanja readings), table words and the hash of every word file. */
function parseWordsOf(corpus: RawCorpus): ParseWords & { corrections: CorrectionTable } {
  const hanja = Object.entries(corpus.lexicon.hanja).map(([variant, correct]) => ({ correct, variants: [variant] }));
  const corrections = { corrections: [...corpus.corrections.corrections, ...hanja] };
  const cueWords = (cue: CueFile | undefined) => (cue === undefined ? [] : Array.isArray(cue) ? cue : cue.words).map((w) => w.replace(/\s+/g, ''));
  const tableWords: TableWords = { totals: cueWords(corpus.lexicon.intents.search?.cues.totalRow), notQuantities: cueWords(corpus.lexicon.intents.ranking?.cues.notQuantity) };
  const hash = createHash('sha256').update(JSON.stringify([corpus.lexicon, corpus.aliases, corpus.corrections])).digest('hex');
  const titleEndings = cueWords(corpus.lexicon.intents.compare?.cues.titleEndings);
  return { correct: makeCorrector(corrections), tableWords, hash, corrections, titleEndings };
}
