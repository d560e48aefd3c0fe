import type { DateInterval } from '../model/datePoint';
import { formatDatePoint } from './formatDatePoint';

/**
 * Writes an interval in Korean, each end at its own precision; the end omits a year it shares
 * with the start, and open ends read `…부터` / `…까지`.
 *
 * @example
 * formatDateInterval({ start: { date: '2022-09-01', precision: 'month' }, end: { date: '2022-12-01', precision: 'month' } });
 * // '2022년 9월 ~ 12월'
 * formatDateInterval({ start: null, end: { date: '2022-12-01', precision: 'month' } }); // '2022년 12월까지'
 */
export function formatDateInterval(interval: DateInterval): string {
  const { start, end } = interval;
  if (start && end) {
    if (start.date === end.date && start.precision === end.precision) return formatDatePoint(start);
    const sameYear = start.date.slice(0, 4) === end.date.slice(0, 4) && end.precision !== 'year';
    return `${formatDatePoint(start)} ~ ${formatDatePoint(end, !sameYear)}`;
  }
  if (start) return `${formatDatePoint(start)}부터`;
  if (end) return `${formatDatePoint(end)}까지`;
  return '';
}
