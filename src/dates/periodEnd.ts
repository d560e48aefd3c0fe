import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { DatePoint } from '../model/datePoint';

/**
 * The last day (ISO) of the period a date point stands for: November 2022 ends on 2022-11-30,
 * 2022 하반기 on 2022-12-31, a day on itself.
 *
 * @example
 * periodEnd({ date: '2022-11-01', precision: 'month' }); // '2022-11-30'
 */
export function periodEnd(point: DatePoint): string {
  const date = parseISO(point.date);
  const end = {
    day: () => date,
    month: () => endOfMonth(date),
    quarter: () => endOfQuarter(date),
    half: () => endOfMonth(addMonths(date, 5)),
    year: () => endOfYear(date),
  }[point.precision]();
  return format(end, 'yyyy-MM-dd');
}
