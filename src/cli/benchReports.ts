import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion } from '../answer/answerQuestion';
import { evalSetsDir } from '../config/paths';
import { readCorpus, type RawCorpus } from '../corpus/readCorpus';
import { readEvalCases } from '../eval/runEval';
import type { Knowledge } from '../knowledge/Knowledge';
import { buildKnowledge } from '../knowledge/loadKnowledge';
import { perturbedCorpus } from '../reports/perturbReport';
import { corpusDirFromEnv } from './corpusDir';
import { newestFirst } from '../reports/newestFirst';
import { median, percentile } from './percentile';
import { collectGarbage, timed } from './timing';

const QUESTIONS = 10_000;
/** Questions after which the engine's one-off compiled code is in place (RSS grows until then, not after). */
const WARM_UP = 2_000;

/**
 * `npm run bench -- --reports N`: builds a generated corpus of N reports (the real one, newest,
 * and N − 1 perturbed copies: years back, amounts scaled, titles kept) and prints the build time
 * by phase (median of 5 builds up to 10 reports, one build above), heap and RSS after the build,
 * peak RSS, warm answer latency over every eval question, and RSS after 10,000 questions against
 * RSS after the build. Run with `node --expose-gc` (the npm script does).
 *
 * @example
 * await benchReports(10); // prints six lines
 */
export async function benchReports(count: number): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error('--reports takes a whole number of reports, 1 or more');
  const read = await readCorpus(corpusDirFromEnv());
  // The newest report of the corpus read (the real one) is the one copied.
  const newest = newestFirst(read.documents.map((d) => d.meta))[0]!;
  const corpus: RawCorpus = { ...read, documents: perturbedCorpus(read.documents.find((d) => d.meta.id === newest.id)!, count) };
  const builds = count <= 10 ? 5 : 1;
  const phases: Record<string, number[]> = { parse: [], lexicon: [], views: [], total: [] };
  let kb: Knowledge | null = null;
  for (let i = 0; i < builds; i++) {
    kb = null;
    collectGarbage();
    kb = buildKnowledge(corpus, (phase, ms) => phases[phase]!.push(ms));
    phases.total!.push(kb.buildMs);
  }
  const peakAfterBuild = peakRss();
  collectGarbage();
  const afterLoad = process.memoryUsage();
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  console.log(`${count} report${count === 1 ? '' : 's'}: ${kb!.library.documents.length} in the library, ${kb!.library.byDoc.size} report views, ${kb!.sections.length} sections in the default view`);
  console.log(`build (${builds === 1 ? 'one build' : `median of ${builds}`}): ${Object.entries(phases).map(([phase, xs]) => `${phase} ${ms(xs)}`).join(', ')}`);
  console.log(`memory after build: heap ${mb(afterLoad.heapUsed)}, RSS ${mb(afterLoad.rss)}, peak RSS ${mb(peakAfterBuild)}`);

  const sets = (await readdir(evalSetsDir)).filter((f) => f.endsWith('.jsonl')).sort();
  const cases = (await Promise.all(sets.map((set) => readEvalCases(path.join(evalSetsDir, set))))).flat();
  const ask = (q: string) => answerQuestion(kb!, q);
  // Warm as `npm run bench` measures it for one report: three passes to compile, then three timed.
  for (let pass = 0; pass < 3; pass++) cases.forEach((c) => ask(c.q));
  const warm = [1, 2, 3].flatMap(() => cases.map((c) => timed(() => ask(c.q))));
  console.log(`warm answers (${warm.length} answers to ${cases.length} eval questions, after three passes): p50 ${median(warm).toFixed(2)} ms, p99 ${percentile(warm, 0.99).toFixed(2)} ms, max ${Math.max(...warm).toFixed(2)} ms`);
  let asked = 6 * cases.length;
  for (; asked < WARM_UP; asked++) ask(cases[asked % cases.length]!.q);
  const warmedUp = asked;
  collectGarbage();
  const afterWarmUp = process.memoryUsage().rss;
  for (; asked < QUESTIONS; asked++) ask(cases[asked % cases.length]!.q);
  collectGarbage();
  const afterQuestions = process.memoryUsage().rss;
  const growth = (from: number) => {
    const pct = (100 * (afterQuestions - from)) / from;
    return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
  };
  console.log(`RSS after ${warmedUp.toLocaleString('en-US')} questions ${mb(afterWarmUp)}, after ${QUESTIONS.toLocaleString('en-US')} ${mb(afterQuestions)}: ${growth(afterLoad.rss)} against after build (target ≤ +10%), ${growth(afterWarmUp)} against after ${warmedUp.toLocaleString('en-US')}; peak RSS ${mb(peakRss())}`);
}

/** The process's peak resident set so far, in bytes. */
function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}


