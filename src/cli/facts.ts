import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { describeFact } from '../render/describeFact';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';

const KINDS = { budget: 'budgets', milestone: 'milestones', location: 'locations', headcount: 'headcounts', duty: 'duties', overview: 'overviews', table: 'tableRows' } as const;
type Kind = keyof typeof KINDS;

/** `npm run facts [-- --kind budget] [--grep 캠퍼스] [--json]`: prints the fact tables. */
async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const { values } = parseArgs({
    options: { kind: { type: 'string' }, grep: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const kinds = (values.kind ? [values.kind] : Object.keys(KINDS)) as Kind[];
  for (const kind of kinds) {
    if (!(kind in KINDS)) {
      console.error(`알 수 없는 종류: ${kind} (${Object.keys(KINDS).join(', ')} 중 하나)`);
      process.exit(2);
    }
  }
  const kb = await loadKnowledge(corpusDirFromEnv());
  const needle = values.grep?.toLowerCase();
  for (const kind of kinds) {
    const facts = (kb[KINDS[kind]] as { source: { line: number; sectionLabel: string } }[]).filter(
      (f) => !needle || JSON.stringify(f).toLowerCase().includes(needle),
    );
    if (values.json) {
      for (const fact of facts) console.log(JSON.stringify({ type: kind, ...fact }));
      continue;
    }
    console.log(`\n== ${kind} (${facts.length}) ==`);
    for (const fact of facts) {
      console.log(`  ${describeFact(kind, fact as never)}  — ${fact.source.sectionLabel} L${fact.source.line}`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
