import { endOfMonth, endOfQuarter, endOfYear, addMonths, format, parseISO } from 'date-fns';
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
