import { readdir } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../answer/answerQuestion';
import { readCorpus } from '../corpus/readCorpus';
import { newestFirst } from '../reports/newestFirst';
import { judge, readEvalCases, summarize } from '../eval/runEval';
import type { Knowledge } from '../knowledge/Knowledge';
import { buildKnowledge, loadKnowledge } from '../knowledge/loadKnowledge';
import { SectionIndex } from '../search/SectionIndex';
import { benchReports } from './benchReports';
import { benchRequestPath } from './benchRequestPath';
import { evalSetsDir } from '../config/paths';
import { loadConfig } from '../config/loadConfig';
import { setProcessTimeZone } from '../runtime/processTimeZone';
import { corpusDirFromEnv } from './corpusDir';
import { median, percentile } from './percentile';
import { collectGarbage, timed } from './timing';

/**
 * `npm run bench`: corpus build time by phase, answer latency over every eval question (median,
 * p99) on a fresh process, right after a reload and warm, heap and RSS, eval accuracy with the Korean-aware index against MiniSearch defaults, and
 * the `/econ` request path on 1k–100k-character text.
 * Run with `node --expose-gc` (the npm script does) for stable memory figures. With `--reports N`,
 * the many-reports bench (`benchReports`) runs instead.
 */
async function main(): Promise<void> {
  const dir = corpusDirFromEnv();
  const corpus = await readCorpus(dir);
  // The newest report is the one described (the bench corpus normally holds just the real one).
  const newest = newestFirst(corpus.documents.map((d) => d.meta))[0]!;
  const doc = corpus.documents.find((d) => d.meta.id === newest.id)!;
  const phases: Record<string, number[]> = { parse: [], lexicon: [], views: [], total: [] };
  for (let i = 0; i < 30; i++) {
    const kb = buildKnowledge(corpus, (phase, ms) => phases[phase]!.push(ms));
    phases.total!.push(kb.buildMs);
  }
  const loads: number[] = [];
  for (let i = 0; i < 10; i++) loads.push((await loadKnowledge(dir)).buildMs);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept: Knowledge[] = [];
  for (let i = 0; i < 5; i++) kept.push(await loadKnowledge(dir));
  collectGarbage();
  const heapKnowledge = (process.memoryUsage().heapUsed - heapBefore) / kept.length;

  const sets = (await readdir(evalSetsDir)).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, '')).sort();
  const cases = (await Promise.all(sets.map((set) => readEvalCases(path.join(evalSetsDir, `${set}.jsonl`))))).flat();
  const pass = (kb: Knowledge) => cases.map((c) => timed(() => answerQuestion(kb, c.q)));
  // A fresh process: nothing compiled yet. Then a reload: a new knowledge base, code already warm.
  const start = pass(kept[0]!);
  for (let round = 0; round < 3; round++) pass(kept[0]!);
  const reload = pass(kept[1]!);
  const warm = [1, 2, 3, 4, 5].flatMap(() => pass(kept[1]!));

  const kb = kept[1]!;
  const korean = summarize(cases.map((c) => judge(kb, c))).overall;
  const plainIndex = new SectionIndex(kb.sections, { tokenize: MiniSearch.getDefault('tokenize') as (t: string) => string[] });
  const plain = summarize(cases.map((c) => judge({ ...kb, index: plainIndex }, c))).overall;

  const ms = (xs: number[]) => `${median(xs).toFixed(2)} ms`;
  const latency = (xs: number[]) => `median ${median(xs).toFixed(3)} ms, p99 ${percentile(xs, 0.99).toFixed(3)} ms, max ${Math.max(...xs).toFixed(3)} ms`;
  console.log(`corpus: ${doc.meta.file} (${(doc.text.length / 1000).toFixed(1)}k chars, ${kb.sections.length} sections, ${kb.budgets.length} budgets, ${kb.milestones.length} milestones, ${kb.locations.length} locations)`);
  console.log(`build (median of 30): ${Object.entries(phases).map(([phase, xs]) => `${phase} ${ms(xs)}`).join(', ')}; fastest build ${Math.min(...phases.total!).toFixed(2)} ms`);
  console.log(`loadKnowledge incl. file reads (median of 10): ${ms(loads)}`);
  console.log(`answers (${cases.length} eval questions): first pass in a fresh process ${latency(start)}`);
  console.log(`  first pass right after a reload: ${latency(reload)}`);
  console.log(`  warm (${warm.length} answers): ${latency(warm)}`);
  const mem = process.memoryUsage();
  console.log(`memory: one knowledge base ${(heapKnowledge / 1e6).toFixed(1)} MB heap, process heap ${(mem.heapUsed / 1e6).toFixed(1)} MB, RSS ${(mem.rss / 1e6).toFixed(1)} MB`);
  console.log(`eval accuracy (${sets.join(' + ')}, ${cases.length} questions): Korean-aware index ${(100 * korean).toFixed(1)}%, MiniSearch default tokenizer ${(100 * plain).toFixed(1)}%`);
  console.log('request path on long /econ text (median of 5):');
  for (const line of benchRequestPath(kb)) console.log(line);
}





// The clock is read as the bot reads it: in its ECON_TIMEZONE, made the process's own (runBot does
// the same), so "today" costs no Intl formatter per answer.
setProcessTimeZone(loadConfig().digest.timezone);
// `--reports N`: the many-reports bench (src/cli/benchReports.ts) instead.
const reports = process.argv.indexOf('--reports');
(reports >= 0 ? benchReports(Number(process.argv[reports + 1])) : main()).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
