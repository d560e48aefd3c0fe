import type { DatePoint } from '../model/datePoint';
import type { Milestone } from '../model/milestone';
import { addDays, toDayNumber } from './calendarDays';
import { periodEnd } from '../dates/periodEnd';
import { compareCodeUnits } from '../text/compareCodeUnits';

/**
 * Which part of a milestone's date lands in a digest list: its only date, its start, its end, or its
 * whole span (start and end both in the same list, shown once).
 */
export type DigestRole = 'single' | 'start' | 'end' | 'span';

/** One milestone as listed in the digest. */
export interface DigestEntry {
  milestone: Milestone;
  role: DigestRole;
  /** The date point (start or end of the milestone) that put it on the list. */
  point: DatePoint;
  /** For a span: its end. */
  until?: DatePoint;
  /** Days from the reference date to `point`; null unless the point is an exact day. */
  daysUntil: number | null;
  /** The report the milestone is from, named when more than one report is loaded. */
  report?: string;
}

/** The weekly milestone digest for one reference date. */
export interface Digest {
  /** Reference date (`YYYY-MM-DD`): the digest's "today". */
  asOf: string;
  /** Last day of the coming week (asOf + 6). */
  weekEnd: string;
  /** The reference month, `YYYY-MM`. */
  month: string;
  /** Exact-day milestones from asOf to weekEnd. */
  dueThisWeek: DigestEntry[];
  /** Month-precision milestones of the reference month (no day is known, so they cannot be "this week"). */
  thisMonth: DigestEntry[];
  /** Milestones whose period ended in the last {@link OVERDUE_LOOKBACK_DAYS} days and were not reported done. */
  overdue: DigestEntry[];
  /** When nothing is due this week: the first milestone after it, if the report has one. */
  nextAhead: DigestEntry | null;
}

/** How far back "overdue" looks: four weeks, so last month's items show in the first weeks of a month. */
export const OVERDUE_LOOKBACK_DAYS = 28;

/**
 * Builds the digest for `asOf` from the report's milestones.
 *
 * Milestones reported done are left out. A milestone's start and end are considered separately, so a
 * campaign running `'22.10. ~ 11.` appears in October (start) and in November (end). Recurring and
 * undated milestones have no date and never appear. With `reports` (report names by id), each
 * entry names its report.
 */
export function computeDigest(milestones: readonly Milestone[], asOf: string, reports?: ReadonlyMap<string, string>): Digest {
  const today = toDayNumber(asOf);
  const weekEnd = addDays(asOf, 6);
  const month = asOf.slice(0, 7);
  const open = milestones.filter((m) => m.status !== 'done' && m.when !== null);

  const dueThisWeek: DigestEntry[] = [];
  const thisMonth: DigestEntry[] = [];
  const overdue: DigestEntry[] = [];
  const ahead: DigestEntry[] = [];

  for (const milestone of open) {
    const points = datePointsOf(milestone);
    let listed = false;
    for (const { role, point } of points) {
      const entry = { milestone, role, point, daysUntil: point.precision === 'day' ? toDayNumber(point.date) - today : null };
      if (point.precision === 'day' && entry.daysUntil !== null && entry.daysUntil >= 0 && entry.daysUntil <= 6) {
        dueThisWeek.push(entry);
        listed = true;
      } else if (point.precision === 'month' && point.date.slice(0, 7) === month) {
        thisMonth.push(entry);
        listed = true;
      } else if (toDayNumber(point.date) > today) {
        // Begins after today and is not on this digest: a candidate for "next milestone ahead".
        ahead.push(entry);
      }
    }
    // Overdue is about the milestone as a whole: its end (or its only date) has passed.
    const final = points.find((p) => p.role === 'end' || p.role === 'single');
    if (!listed && final !== undefined) {
      const endedDaysAgo = today - toDayNumber(periodEnd(final.point));
      if (endedDaysAgo > 0 && endedDaysAgo <= OVERDUE_LOOKBACK_DAYS) {
        overdue.push({ milestone, role: final.role, point: final.point, daysUntil: final.point.precision === 'day' ? -endedDaysAgo : null });
      }
    }
  }

  const named = (entries: DigestEntry[]) => (reports ? entries.map((e) => ({ ...e, report: reports.get(e.milestone.source.docId) })) : entries);
  const next = dueThisWeek.length === 0 ? (sortEntries(ahead)[0] ?? null) : null;
  return {
    asOf,
    weekEnd,
    month,
    dueThisWeek: named(sortEntries(mergeSpans(dueThisWeek))),
    thisMonth: named(sortEntries(mergeSpans(thisMonth))),
    overdue: named(sortEntries(overdue)),
    nextAhead: next && named([next])[0]!,
  };
}

/** The dated points of a milestone: one for a single date, start and/or end for a span. */
function datePointsOf(milestone: Milestone): Array<{ role: DigestRole; point: DatePoint }> {
  const { start, end } = milestone.when ?? { start: null, end: null };
  if (start !== null && end !== null && start.date === end.date && start.precision === end.precision) {
    return [{ role: 'single', point: start }];
  }
  const points: Array<{ role: DigestRole; point: DatePoint }> = [];
  if (start !== null) points.push({ role: 'start', point: start });
  if (end !== null) points.push({ role: 'end', point: end });
  return points;
}

/** A start and an end of the same milestone in one list become one `span` entry. */
function mergeSpans(entries: DigestEntry[]): DigestEntry[] {
  const endOf = new Map(entries.filter((e) => e.role === 'end').map((e) => [e.milestone, e.point]));
  const hasStart = new Set(entries.filter((e) => e.role === 'start').map((e) => e.milestone));
  return entries.flatMap((entry): DigestEntry[] => {
    const until = endOf.get(entry.milestone);
    if (entry.role === 'start' && until !== undefined) return [{ ...entry, role: 'span', until }];
    if (entry.role === 'end' && hasStart.has(entry.milestone)) return [];
    return [entry];
  });
}

function sortEntries(entries: DigestEntry[]): DigestEntry[] {
  return [...entries].sort(
    (a, b) =>
      compareCodeUnits(a.point.date, b.point.date) ||
      a.milestone.source.line - b.milestone.source.line ||
      compareCodeUnits(a.milestone.label, b.milestone.label),
  );
}
