import type { DatePoint } from '../model/datePoint';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day (ISO) of the period a date point stands for: November 2022 ends on 2022-11-30,
 * 2022 하반기 on 2022-12-31, a day on itself. Plain calendar arithmetic on the ISO string: it runs
 * for every milestone a question looks at.
 *
 * @example
 * periodEnd({ date: '2022-11-01', precision: 'month' }); // '2022-11-30'
 * periodEnd({ date: '2024-02-01', precision: 'month' }); // '2024-02-29'
 */
export function periodEnd(point: DatePoint): string {
  if (point.precision === 'day') return point.date;
  const year = Number(point.date.slice(0, 4));
  const month = Number(point.date.slice(5, 7));
  const last = { month, quarter: Math.ceil(month / 3) * 3, half: Math.min(12, month + 5), year: 12 }[point.precision];
  return `${year}-${String(last).padStart(2, '0')}-${daysIn(year, last)}`;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}
