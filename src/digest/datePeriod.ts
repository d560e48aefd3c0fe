import { format } from 'date-fns';
import { ko } from 'date-fns/locale';
import type { DatePoint } from '../model/datePoint';
import { addDays } from './calendarDays';

const MONTHS_IN: Record<DatePoint['precision'], number> = { day: 0, month: 1, quarter: 3, half: 6, year: 12 };

/** The last day of the period a date point stands for: `2022-11` (month) ends on 2022-11-30. */
export function periodEnd(point: DatePoint): string {
  if (point.precision === 'day') return point.date;
  const [y, m] = point.date.split('-').map(Number) as [number, number];
  const firstOfNext = new Date(Date.UTC(y, m - 1 + MONTHS_IN[point.precision], 1)).toISOString().slice(0, 10);
  return addDays(firstOfNext, -1);
}

/**
 * A date point in Korean at exactly its precision: `2022년 11월 3일 (목)`, `2022년 11월`,
 * `2022년 4분기`, `2022년 하반기`, `2022년`. A month is never shown with a day.
 *
 * @param withYear false drops the year (for lists inside one digest).
 */
export function formatDatePoint(point: DatePoint, withYear = true): string {
  const [y, m, d] = point.date.split('-').map(Number) as [number, number, number];
  // Noon local time: formatting never crosses midnight whatever the process time zone is.
  const local = new Date(y, m - 1, d, 12);
  const year = withYear ? `${y}년 ` : '';
  switch (point.precision) {
    case 'day':
      return format(local, withYear ? 'yyyy년 M월 d일 (EEE)' : 'M월 d일 (EEE)', { locale: ko });
    case 'month':
      return `${year}${m}월`;
    case 'quarter':
      return `${year}${Math.floor((m - 1) / 3) + 1}분기`;
    case 'half':
      return `${year}${m <= 6 ? '상반기' : '하반기'}`;
    case 'year':
      return `${y}년`;
  }
}

/** `D-3`, `D-day`, `D+2`: days from the reference date to an exact date. */
export function formatDDay(daysUntil: number): string {
  if (daysUntil === 0) return 'D-day';
  return daysUntil > 0 ? `D-${daysUntil}` : `D+${-daysUntil}`;
}
