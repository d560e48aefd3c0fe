/**
 * Date-only arithmetic on `YYYY-MM-DD` strings. Dates are counted as whole days since 1970-01-01 so
 * that neither the process time zone nor daylight saving can shift a date by one.
 */
import { zonedParts } from './zonedParts';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO calendar date. */
export function toDayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The ISO calendar date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `isoDate` moved by `days` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** The calendar date an instant falls on in `timeZone`, e.g. Monday 00:30 in Seoul is still Sunday in UTC. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real `YYYY-MM-DD` date (rejects 2022-02-30). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromDayNumber(toDayNumber(text)) === text;
}
