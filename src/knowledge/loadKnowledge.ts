import type { CorrectionTable } from '../corpus/corrections';
import { readCorpus, type RawCorpus } from '../corpus/readCorpus';
import { makeFactContext } from '../facts/FactContext';
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
import type { Knowledge } from './Knowledge';

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
  const corpus = await readCorpus(corpusDir);
  const correct = makeCorrector(readingTable(corpus));
  const kb: Omit<Knowledge, 'index' | 'buildMs' | 'sectionById' | 'lexicon' | 'vocabulary' | 'match'> = {
    documents: corpus.documents.map((d) => d.meta),
    sections: [],
    budgets: [],
    milestones: [],
    locations: [],
    headcounts: [],
    duties: [],
    aliases: corpus.aliases,
    corrections: readingTable(corpus),
  };
  for (const doc of corpus.documents) {
    const lines = toReportLines(doc.text, (raw) => normalizeLine(raw, correct));
    const sections = parseSections(doc.meta.id, lines);
    if (!sections.some((s) => s.kind === 'program')) {
      throw new CorpusError(doc.path, 'no programs found: expected headings like "1 청년취업사관학교 …" under "IV. 주요 업무보고"');
    }
    const year = Number(doc.meta.reportDate.slice(0, 4));
    // Done or planned is judged against the date the figures are as of, else the report's month.
    const facts = extractFacts(makeFactContext(doc.meta.id, year, doc.meta.asOf ?? `${doc.meta.reportDate}-01`, lines, sections));
    kb.sections.push(...sections);
    kb.budgets.push(...facts.budgets);
    kb.milestones.push(...facts.milestones);
    kb.locations.push(...facts.locations);
    kb.headcounts.push(...facts.headcounts);
    kb.duties.push(...facts.duties);
  }
  const vocabulary = buildVocabulary(kb.sections);
  const lexicon = checkedLexicon(corpus, kb, vocabulary);
  const index = new SectionIndex(kb.sections);
  const match = buildMatchState(kb);
  return { ...kb, lexicon, vocabulary, match, sectionById: new Map(kb.sections.map((s) => [s.id, s])), index, buildMs: performance.now() - started };
}

/** The OCR corrections with the lexicon's Hanja readings (`市` → `시`): both apply to report and questions. */
function readingTable(corpus: RawCorpus): CorrectionTable {
  const hanja = Object.entries(corpus.lexicon.hanja).map(([variant, correct]) => ({ correct, variants: [variant] }));
  return { corrections: [...corpus.corrections.corrections, ...hanja] };
}
