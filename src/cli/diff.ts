import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import type { Knowledge } from '../knowledge/Knowledge';
import { changesHeadline, describeChanges } from '../reports/describeChanges';
import { describeReportChanges } from '../reports/describeReportChanges';
import { reportChanges } from '../reports/reportChanges';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';

const USAGE = `사용법: npm run diff -- <이전 보고서> <새 보고서> [--program 사업명] [--json]
  보고서는 manifest.json의 id 또는 파일 이름 (npm run diff -- --list 로 목록)
  --program  이름에 이 말이 들어간 사업만 (띄어쓰기 무시)
  --json     JSON으로 출력`;

/** `npm run diff -- seoul-econ-2021-09 seoul-econ-2022-09 [--program 청년취업사관학교]`: what changed between two reports. */
async function main(): Promise<number> {
  exitQuietlyOnClosedPipe();
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { program: { type: 'string' }, json: { type: 'boolean' }, list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) return print(USAGE, 0);
  const kb = await loadKnowledge(corpusDirFromEnv());
  if (args.values.list) return print(kb.library.documents.map((d) => `${d.id}\t${d.file}\t${kb.library.names.get(d.id)}`).join('\n'), 0);
  const [before, after] = args.positionals.map((name) => findReport(kb, name));
  if (args.positionals.length !== 2 || !before || !after) {
    const unknown = args.positionals.filter((name) => !findReport(kb, name));
    return print(`${unknown.length ? `없는 보고서: ${unknown.join(', ')}\n` : ''}${USAGE}`, 2, true);
  }
  const changes = reportChanges(kb, before, after);
  const wanted = args.values.program?.replace(/\s+/g, '');
  const programs = changes.changed.filter((c) => !wanted || c.title.replace(/\s+/g, '').includes(wanted));
  if (args.values.json) {
    const json = programs.map((c) => ({ program: c.title, budgets: c.budgets.map((b) => ({ kind: b.after.kind, before: b.before.raw, after: b.after.raw })), milestones: c.milestones }));
    return print(JSON.stringify({ before, after, added: changes.added, dropped: changes.dropped, programs: json }, null, 2), 0);
  }
  const names = kb.library.names;
  const summary = describeReportChanges(changes, names.get(before)!, names.get(after)!);
  const lines = wanted ? [] : [summary.headline, ...summary.lines.filter((l) => !programs.some((c) => l.startsWith(c.title))), ''];
  for (const program of programs) lines.push(changesHeadline(program), ...describeChanges(program).map((l) => `  · ${l}`), '');
  if (wanted && programs.length === 0) lines.push(`"${args.values.program}" 사업은 두 보고서 사이에 바뀐 예산·일정이 없거나, 두 보고서에 함께 있지 않습니다.`);
  return print(lines.join('\n').trimEnd(), 0);
}

/** A report by manifest id or file name. */
function findReport(kb: Knowledge, name: string): string | undefined {
  return kb.library.documents.find((d) => d.id === name || d.file === name)?.id;
}

function print(text: string, code: number, error = false): number {
  (error ? console.error : console.log)(text);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
