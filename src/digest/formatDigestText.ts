import type { Digest, DigestEntry } from './computeDigest';
import { describeEntry } from './describeEntry';
import { digestHeadings } from './digestHeadings';

/** The digest as plain text (terminal, `npm run digest`): the same content the Slack post shows. */
export function formatDigestText(digest: Digest): string {
  const h = digestHeadings(digest);
  const lines: string[] = [`📅 ${h.title}`, ''];
  const section = (heading: string, entries: DigestEntry[]) => {
    if (entries.length === 0) return;
    lines.push(`■ ${heading} (${entries.length}건)`);
    for (const entry of entries) lines.push(...entryLines(entry, digest.asOf));
    lines.push('');
  };

  if (digest.dueThisWeek.length === 0) {
    lines.push(h.nothingThisWeek);
    lines.push(digest.nextAhead === null ? h.noneAhead : `${h.nextAhead}: ${entryLines(digest.nextAhead, digest.asOf).join('\n').replace(/^• /, '')}`);
    lines.push('');
  }
  section(h.dueThisWeek, digest.dueThisWeek);
  section(h.thisMonth, digest.thisMonth);
  section(h.overdue, digest.overdue);
  lines.push(`※ ${h.footnote}`);
  return lines.join('\n');
}

function entryLines(entry: DigestEntry, asOf: string): string[] {
  const t = describeEntry(entry, asOf);
  const head = [t.when, t.dDay].filter((part) => part !== null).join(' · ');
  return [`• ${head}  ${t.label}`, `    ${t.owner} · 원문 ${t.raw} · ${t.citation}`];
}
