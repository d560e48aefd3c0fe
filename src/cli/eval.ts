import path from 'node:path';
import { parseArgs } from 'node:util';
import { judge, readEvalCases, summarize } from '../eval/runEval';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { evalSetsDir } from '../config/paths';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';

/** `npm run eval [-- --set holdout]`: accuracy per intent and overall, then every failure. */
async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'questions' } } });
  const file = path.join(evalSetsDir, `${values.set}.jsonl`);
  const kb = await loadKnowledge(corpusDirFromEnv());
  const results = (await readEvalCases(file)).map((c) => judge(kb, c));
  const { byIntent, overall, notFound } = summarize(results);
  console.log(`eval ${values.set}: ${results.length} questions`);
  for (const [intent, { pass, total }] of [...byIntent].sort()) {
    console.log(`  ${intent.padEnd(14)} ${String(pass).padStart(3)}/${String(total).padEnd(3)} ${((100 * pass) / total).toFixed(1)}%`);
  }
  console.log(`  ${'overall'.padEnd(14)} ${(100 * overall).toFixed(1)}%   not-in-report ${(100 * notFound).toFixed(1)}%`);
  const failures = results.filter((r) => !r.pass);
  if (failures.length) console.log('\nfailures:');
  for (const f of failures) {
    console.log(`  [${f.case.intent}] ${f.case.q} — ${f.why}\n      → (${f.answer.intent}) ${f.answer.text.split('\n')[0]}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
