import type { types } from '@slack/bolt';
import type { Digest, DigestEntry } from '../../digest/computeDigest';
import { describeEntry } from '../../digest/describeEntry';
import { digestHeadings } from '../../digest/digestHeadings';
import { context, header, sectionFromMrkdwn, sectionsFromLines } from './elements';
import { escapeClamped } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** Items listed per group; the rest are counted, so a busy month never breaks the 50-block limit. */
const MAX_ENTRIES_PER_GROUP = 15;

export interface DigestMessageOptions {
  /** Set when a missed slot is posted late: the scheduled time, shown so readers know why. */
  lateFor?: string;
  /** Shown when it is only a preview (`/econ digest`). */
  preview?: boolean;
}

/** The weekly digest as Block Kit: this week, this month (month-precision), recently overdue, next ahead. */
export function digestMessage(digest: Digest, options: DigestMessageOptions = {}): SlackMessage {
  const h = digestHeadings(digest);
  const blocks: types.KnownBlock[] = [header(`📅 ${h.title}`)];
  const notes: string[] = [];
  if (options.preview) notes.push('미리보기: 이 메시지는 나에게만 보입니다.');
  if (options.lateFor !== undefined) notes.push(`예정 시각(${escapeClamped(options.lateFor, 100)})에 봇이 꺼져 있어 늦게 보냅니다.`);
  if (notes.length > 0) blocks.push(context(notes, 'digest_notes'));

  if (digest.dueThisWeek.length === 0) {
    const next = digest.nextAhead === null ? h.noneAhead : `*${h.nextAhead}:* ${entryLines(digest.nextAhead, digest.asOf).join('\n')}`;
    blocks.push(sectionFromMrkdwn(`${h.nothingThisWeek}\n${next}`, 'digest_nothing'));
  }
  blocks.push(...group(h.dueThisWeek, digest.dueThisWeek, digest.asOf, 'digest_week'));
  blocks.push(...group(h.thisMonth, digest.thisMonth, digest.asOf, 'digest_month'));
  blocks.push(...group(h.overdue, digest.overdue, digest.asOf, 'digest_overdue'));
  blocks.push(context([`※ ${h.footnote}`], 'digest_footnote'));

  const counts = `이번 주 ${digest.dueThisWeek.length}건, 이번 달 ${digest.thisMonth.length}건, 지연 ${digest.overdue.length}건`;
  return { text: `${h.title} (${counts})`, blocks };
}

function group(heading: string, entries: DigestEntry[], asOf: string, blockId: string): types.KnownBlock[] {
  if (entries.length === 0) return [];
  const lines = [`*${heading}* (${entries.length}건)`];
  for (const entry of entries.slice(0, MAX_ENTRIES_PER_GROUP)) lines.push(...entryLines(entry, asOf));
  if (entries.length > MAX_ENTRIES_PER_GROUP) {
    lines.push(`…외 ${entries.length - MAX_ENTRIES_PER_GROUP}건 더 있습니다. 전체 목록: \`npm run digest -- --as-of ${asOf}\``);
  }
  return sectionsFromLines(lines, blockId);
}

function entryLines(entry: DigestEntry, asOf: string): string[] {
  const t = describeEntry(entry, asOf);
  const when = escapeClamped(t.when, 60);
  const dDay = t.dDay === null ? '' : ` · *${t.dDay}*`;
  return [
    `• *${when}*${dDay}  ${escapeClamped(t.label, 300)}`,
    `      _${escapeClamped(t.owner, 200)}_ · 원문 ${escapeClamped(t.raw, 80)} · ${escapeClamped(t.citation, 300)}`,
  ];
}
