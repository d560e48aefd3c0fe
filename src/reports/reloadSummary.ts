import type { Knowledge } from '../knowledge/Knowledge';
import { describeReportChanges } from './describeReportChanges';
import { reportChanges } from './reportChanges';

/** How many changed programs a new report's summary lists. */
const PROGRAMS_SHOWN = 5;

/**
 * What a reload did to the reports, as lines for the admin: reports added (each compared, program
 * by program, with the report of its office before it), reports removed, and how many reports were
 * parsed again or kept as they were.
 *
 * @example
 * reloadSummary(before, after); // ['새 보고서: 경제정책실 주요 업무보고 (2023년 3월)', '  … → …: 사업 4개 변경, …', …]
 */
export function reloadSummary(before: Knowledge, after: Knowledge): string[] {
  const { library } = after;
  const had = new Set(before.library.documents.map((d) => d.id));
  const lines: string[] = [];
  for (const doc of library.documents) {
    if (had.has(doc.id)) continue;
    lines.push(`새 보고서: ${library.names.get(doc.id)}`);
    const sameOffice = library.documents.filter((d) => d.office === doc.office);
    const previous = sameOffice[sameOffice.findIndex((d) => d.id === doc.id) + 1];
    if (!previous) continue;
    const [from, to] = sameOffice[0]!.id === doc.id ? [previous, doc] : [doc, sameOffice[0]!];
    const summary = describeReportChanges(reportChanges(after, from.id, to.id), library.names.get(from.id)!, library.names.get(to.id)!);
    lines.push(`  ${summary.headline}`, ...summary.lines.slice(0, PROGRAMS_SHOWN).map((line) => `  · ${line}`));
    if (summary.lines.length > PROGRAMS_SHOWN) lines.push(`  · 외 ${summary.lines.length - PROGRAMS_SHOWN}건 (\`npm run diff -- ${from.id} ${to.id}\`)`);
  }
  const removed = before.library.documents.filter((d) => !library.parts.has(d.id));
  for (const doc of removed) lines.push(`뺀 보고서: ${before.library.names.get(doc.id)}`);
  const kept = library.documents.length - library.rebuilt.length;
  if (library.documents.length > 1) lines.push(`보고서 ${library.documents.length}개: ${library.rebuilt.length}개를 새로 읽고 ${kept}개는 바뀌지 않아 그대로 두었습니다.`);
  return lines;
}
