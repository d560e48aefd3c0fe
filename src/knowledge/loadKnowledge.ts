import type { CorrectionTable } from '../corpus/corrections';
import { readCorpus, type RawCorpus } from '../corpus/readCorpus';
import { makeFactContext, type TableWords } from '../facts/FactContext';
import type { CueFile } from '../lexicon/LexiconFile';
import { extractFacts } from '../facts/extractFacts';
import { toReportLines } from '../parse/ReportLine';
import { parseSections } from '../parse/parseSections';
import { CorpusError } from '../corpus/CorpusError';
import { checkedLexicon } from '../lexicon/checkedLexicon';
import { buildMatchState } from '../answer/matchState';
import { buildVocabulary } from './buildVocabulary';
import { SectionIndex } from '../search/SectionIndex';
import { makeCorrector } from '../text/makeCorrector';
import { normalizeLine } from '../text/normalizeLine';
import { stripMarkup } from '../text/stripMarkup';
import type { Knowledge } from './Knowledge';

/** Called after each step of a build with its name and duration (the bench times them). */
export type PhaseTimer = (phase: 'parse' | 'facts' | 'lexicon' | 'match' | 'index', ms: number) => void;

/**
 * Reads `corpus/`, parses every report into its section tree and fact tables, and indexes the
 * sections: corpus → parse → facts + index, in one pass. Throws `CorpusError` naming the file.
 *
 * @example
 * const kb = await loadKnowledge('corpus');
 * kb.headcounts.find((h) => h.department === '금융투자과')?.quota; // 24
 */
export async function loadKnowledge(corpusDir: string): Promise<Knowledge> {
  const started = performance.now();
  const kb = buildKnowledge(await readCorpus(corpusDir));
  return { ...kb, buildMs: performance.now() - started };
}

/**
 * Builds everything econ-bot knows from a read corpus, every derived structure included (the
 * matcher's state, the lexicon, the index), so nothing is computed later on a first question.
 */
export function buildKnowledge(corpus: RawCorpus, timer: PhaseTimer = () => {}): Knowledge {
  const started = performance.now();
  let mark = started;
  const phase = (name: Parameters<PhaseTimer>[0]) => {
    const now = performance.now();
    timer(name, now - mark);
    mark = now;
  };
  const corrections = readingTable(corpus);
  const correct = makeCorrector(corrections);
  const parsed = corpus.documents.map((doc) => {
    // HTML tags the OCR left in table cells are debris: never matched, never shown.
    const lines = toReportLines(stripMarkup(doc.text), (raw) => normalizeLine(raw, correct));
    const sections = parseSections(doc.meta.id, lines);
    if (!sections.some((s) => s.kind === 'program')) {
      throw new CorpusError(doc.path, 'no programs found: expected headings like "1 청년취업사관학교 …" under "IV. 주요 업무보고"');
    }
    return { doc, lines, sections };
  });
  phase('parse');
  const facts = parsed.map(({ doc, lines, sections }) => {
    const year = Number(doc.meta.reportDate.slice(0, 4));
    // Done or planned is judged against the date the figures are as of, else the report's month.
    return extractFacts(makeFactContext(doc.meta.id, year, doc.meta.asOf ?? `${doc.meta.reportDate}-01`, lines, sections, tableWordsOf(corpus)));
  });
  const base = {
    documents: corpus.documents.map((d) => d.meta),
    sections: parsed.flatMap((p) => p.sections),
    budgets: facts.flatMap((f) => f.budgets),
    milestones: facts.flatMap((f) => f.milestones),
    locations: facts.flatMap((f) => f.locations),
    headcounts: facts.flatMap((f) => f.headcounts),
    duties: facts.flatMap((f) => f.duties),
    overviews: facts.flatMap((f) => f.overviews),
    tableRows: facts.flatMap((f) => f.tableRows),
    series: facts.flatMap((f) => f.series),
    aliases: corpus.aliases,
    corrections,
  };
  phase('facts');
  const vocabulary = buildVocabulary(base.sections);
  const lexicon = checkedLexicon(corpus, base, vocabulary);
  phase('lexicon');
  const { state: match, indexTerms } = buildMatchState({ ...base, offices: base.documents.map((d) => d.office) }, corpus.lexicon.departments);
  phase('match');
  const index = new SectionIndex(base.sections, { terms: indexTerms });
  phase('index');
  return { ...base, lexicon, vocabulary, match, index, sectionById: new Map(base.sections.map((s) => [s.id, s])), buildMs: performance.now() - started };
}

/** The OCR corrections with the lexicon's Hanja readings (`市` → `시`): both apply to report and questions. */
function readingTable(corpus: RawCorpus): CorrectionTable {
  const hanja = Object.entries(corpus.lexicon.hanja).map(([variant, correct]) => ({ correct, variants: [variant] }));
  return { corrections: [...corpus.corrections.corrections, ...hanja] };
}

/** The lexicon's table words, read from the file as loaded (facts are extracted before it is compiled). */
function tableWordsOf(corpus: RawCorpus): TableWords {
  const words = (cue: CueFile | undefined) => (cue === undefined ? [] : Array.isArray(cue) ? cue : cue.words).map((w) => w.replace(/\s+/g, ''));
  return { totals: words(corpus.lexicon.intents.search?.cues.totalRow), notQuantities: words(corpus.lexicon.intents.ranking?.cues.notQuantity) };
}
