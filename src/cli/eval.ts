import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { judge, readEvalCases, summarize, type EvalResult } from '../eval/runEval';
import type { Knowledge } from '../knowledge/Knowledge';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { evalSetsDir } from '../config/paths';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';

/**
 * `npm run eval [-- --set holdout]`: per set, accuracy per intent and overall, the false-refusal
 * rate, invented answers, then every failure. Without `--set`, every set in `test/eval/`.
 */
async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
  const sets = values.set ?? (await readdir(evalSetsDir)).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, '')).sort();
  const kb = await loadKnowledge(corpusDirFromEnv());
  for (const set of sets) await report(kb, set);
}

async function report(kb: Knowledge, set: string): Promise<void> {
  const results = (await readEvalCases(path.join(evalSetsDir, `${set}.jsonl`))).map((c) => judge(kb, c));
  const { byIntent, overall, notFound, falseRefusals, invented } = summarize(results);
  console.log(`eval ${set}: ${results.length} questions`);
  for (const [intent, { pass, total }] of [...byIntent].sort()) {
    console.log(`  ${intent.padEnd(14)} ${String(pass).padStart(3)}/${String(total).padEnd(3)} ${((100 * pass) / total).toFixed(1)}%`);
  }
  console.log(`  ${'overall'.padEnd(14)} ${(100 * overall).toFixed(1)}%   not-in-report refused ${(100 * notFound).toFixed(1)}%`);
  console.log(`  false refusals ${(100 * falseRefusals).toFixed(1)}% of answerable   invented answers ${invented}`);
  printFailures(results.filter((r) => !r.pass));
  console.log('');
}

function printFailures(failures: EvalResult[]): void {
  if (failures.length) console.log('  failures:');
  for (const f of failures) {
    console.log(`  [${f.case.intent}] ${f.case.q} — ${f.why}\n      → (${f.answer.intent}) ${f.answer.text.split('\n')[0]}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
