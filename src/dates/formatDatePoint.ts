import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { ko } from 'date-fns/locale/ko';
import type { DatePoint } from '../model/datePoint';

/**
 * Writes a date in Korean at exactly its precision: a month stays a month.
 * `withYear: false` drops the year (used for the second half of a range in the same year).
 *
 * @example
 * formatDatePoint({ date: '2022-11-01', precision: 'month' }); // '2022년 11월'
 * formatDatePoint({ date: '2022-09-30', precision: 'day' });   // '2022년 9월 30일 (금)'
 * formatDatePoint({ date: '2022-07-01', precision: 'half' });  // '2022년 하반기'
 */
export function formatDatePoint(point: DatePoint, withYear = true): string {
  const date = parseISO(point.date);
  const y = withYear ? 'yyyy년 ' : '';
  switch (point.precision) {
    case 'day':
      return format(date, `${y}M월 d일 (EEE)`, { locale: ko });
    case 'month':
      return format(date, `${y}M월`, { locale: ko });
    case 'quarter':
      return format(date, `${y}Q분기`, { locale: ko });
    case 'half':
      return format(date, `${y}`, { locale: ko }) + (date.getMonth() < 6 ? '상반기' : '하반기');
    case 'year':
      return format(date, 'yyyy년', { locale: ko });
  }
}
