import type { DateInterval } from '../model/datePoint';
import { periodEnd } from './periodEnd';

/**
 * The days an interval covers, at the precision it was written: `'22.9~12월` → 2022-09-01 …
 * 2022-12-31. An open end covers only the end that is known (`~'22.12.` is December, `'22.9월~`
 * September): the report says no more.
 *
 * @example
 * intervalSpan({ start: { date: '2022-09-01', precision: 'month' }, end: { date: '2022-12-01', precision: 'month' } });
 * // { from: '2022-09-01', to: '2022-12-31' }
 */
export function intervalSpan(interval: DateInterval): { from: string; to: string } | null {
  const first = interval.start ?? interval.end;
  const last = interval.end ?? interval.start;
  if (!first || !last) return null;
  return { from: first.date, to: periodEnd(last) };
}
