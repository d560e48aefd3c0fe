import path from 'node:path';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../answer/answerQuestion';
import { readCorpus } from '../corpus/readCorpus';
import { judge, readEvalCases, summarize } from '../eval/runEval';
import { extractFacts } from '../facts/extractFacts';
import { makeFactContext } from '../facts/FactContext';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { parseSections } from '../parse/parseSections';
import { toReportLines } from '../parse/ReportLine';
import { SectionIndex } from '../search/SectionIndex';
import { makeCorrector } from '../text/makeCorrector';
import { normalizeLine } from '../text/normalizeLine';
import { benchRequestPath } from './benchRequestPath';
import { evalSetsDir } from '../config/paths';
import { corpusDirFromEnv } from './corpusDir';
import { median, percentile } from './percentile';

/**
 * `npm run bench`: corpus build time by phase, answer latency over the eval questions (median,
 * p99), heap and RSS, eval accuracy with the Korean-aware index against MiniSearch defaults, and
 * the `/econ` request path on 1k–100k-character text.
 * Run with `node --expose-gc` (the npm script does) for stable memory figures.
 */
async function main(): Promise<void> {
  const dir = corpusDirFromEnv();
  const corpus = await readCorpus(dir);
  const doc = corpus.documents[0]!;
  const correct = makeCorrector(corpus.corrections);

  const phases = { normalize: [] as number[], sections: [] as number[], facts: [] as number[], index: [] as number[], total: [] as number[] };
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const lines = toReportLines(doc.text, (raw) => normalizeLine(raw, correct));
    const t1 = performance.now();
    const sections = parseSections(doc.meta.id, lines);
    const t2 = performance.now();
    extractFacts(makeFactContext(doc.meta.id, 2022, '2022-09-01', lines, sections));
    const t3 = performance.now();
    new SectionIndex(sections);
    const t4 = performance.now();
    phases.normalize.push(t1 - t0);
    phases.sections.push(t2 - t1);
    phases.facts.push(t3 - t2);
    phases.index.push(t4 - t3);
    phases.total.push(t4 - t0);
  }
  const loads: number[] = [];
  for (let i = 0; i < 10; i++) loads.push((await loadKnowledge(dir)).buildMs);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = [];
  for (let i = 0; i < 5; i++) kept.push(await loadKnowledge(dir));
  gc();
  const heapKnowledge = (process.memoryUsage().heapUsed - heapBefore) / kept.length;
  const kb = kept[0]!;

  const sets = ['questions', 'holdout', 'fresh'];
  const cases = (await Promise.all(sets.map((set) => readEvalCases(path.join(evalSetsDir, `${set}.jsonl`))))).flat();
  const cold: number[] = [];
  for (const c of cases) {
    const t = process.hrtime.bigint();
    answerQuestion(kb, c.q); // first pass: per-corpus caches are filled here
    cold.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const c of cases) {
      const t = process.hrtime.bigint();
      answerQuestion(kb, c.q);
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }

  console.log(`first pass after a load (caches cold, ${cold.length} questions): median ${median(cold).toFixed(3)} ms, p99 ${percentile(cold, 0.99).toFixed(3)} ms`);
  const korean = summarize(cases.map((c) => judge(kb, c))).overall;
  const plainIndex = new SectionIndex(kb.sections, { tokenize: MiniSearch.getDefault('tokenize') as (t: string) => string[] });
  const plain = summarize(cases.map((c) => judge({ ...kb, index: plainIndex }, c))).overall;

  const ms = (xs: number[]) => `${median(xs).toFixed(2)} ms`;
  console.log(`corpus: ${doc.meta.file} (${(doc.text.length / 1000).toFixed(1)}k chars, ${kb.sections.length} sections, ${kb.budgets.length} budgets, ${kb.milestones.length} milestones, ${kb.locations.length} locations)`);
  console.log(`build (median of 30): normalise ${ms(phases.normalize)}, sections ${ms(phases.sections)}, facts ${ms(phases.facts)}, index ${ms(phases.index)}, total ${ms(phases.total)}`);
  console.log(`loadKnowledge incl. file reads (median of 10): ${ms(loads)}`);
  console.log(`answer latency over ${latencies.length} answers (${cases.length} eval questions x 5): median ${median(latencies).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${Math.max(...latencies).toFixed(3)} ms`);
  const mem = process.memoryUsage();
  console.log(`memory: one knowledge base ${(heapKnowledge / 1e6).toFixed(1)} MB heap, process heap ${(mem.heapUsed / 1e6).toFixed(1)} MB, RSS ${(mem.rss / 1e6).toFixed(1)} MB`);
  console.log(`eval accuracy (${sets.join(' + ')}, ${cases.length} questions): Korean-aware index ${(100 * korean).toFixed(1)}%, MiniSearch default tokenizer ${(100 * plain).toFixed(1)}%`);
  console.log('request path on long /econ text (median of 5):');
  for (const line of benchRequestPath(kb)) console.log(line);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}



main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
