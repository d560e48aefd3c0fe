import { readCorpus, type RawCorpus } from '../corpus/readCorpus';
import { buildLibrary, type PhaseTimer } from '../reports/buildLibrary';
import type { Knowledge } from './Knowledge';

export type { PhaseTimer } from '../reports/buildLibrary';

/**
 * Reads `corpus/`, parses every report into its section tree and fact tables, and builds the views
 * questions are answered from: corpus → parse → facts + index, in one pass. Reports whose text
 * (and the word files) did not change since `previous` are kept, not parsed again. Throws
 * `CorpusError` naming the file.
 *
 * @example
 * const kb = await loadKnowledge('corpus');
 * kb.headcounts.find((h) => h.department === '금융투자과')?.quota; // 24
 */
export async function loadKnowledge(corpusDir: string, previous?: Knowledge): Promise<Knowledge> {
  const started = performance.now();
  const kb = buildLibrary(await readCorpus(corpusDir), undefined, previous);
  return { ...kb, buildMs: performance.now() - started };
}

/**
 * Builds everything econ-bot knows from a read corpus, every derived structure included (the
 * matcher's state, the lexicon, the index, one view per report), so nothing is computed later on a
 * first question.
 *
 * @example
 * const kb = buildKnowledge(await readCorpus('corpus'));
 * kb.library.documents.map((d) => d.office); // ['경제정책실']
 */
export function buildKnowledge(corpus: RawCorpus, timer?: PhaseTimer, previous?: Knowledge): Knowledge {
  return buildLibrary(corpus, timer, previous);
}
