import { format } from 'date-fns/format';
import { isExists } from 'date-fns/isExists';
import type { DatePoint } from '../model/datePoint';

/** What a point written without a year (or without a month) borrows from the other end of its range. */
export interface DateContext {
  /** Year to assume when none is written (the other end's, or the report's). */
  year?: number;
  /** Month to assume when only a day is written (`'22.10.11.~15`). */
  month?: number;
  /** Precision of the other end: a bare `12` after `'22.9~` is a month, after `'22.10.11.~` a day. */
  partner?: DatePoint['precision'];
}

const YY = String.raw`'(\d{2})`;
const WEEKDAY = String.raw`(?:\s*\([월화수목금토일]\))?`;
/** The date shapes, compiled once. */
const YEAR_ONLY = new RegExp(`^(?:${YY}|(\\d{4}))\\s*년?$`);
const HALF = new RegExp(`^(?:${YY}|(\\d{4}))\\s*(?:년|\\.)?\\s*([상하])반기$`);
const QUARTER = new RegExp(`^(?:${YY}|(\\d{4}))\\s*(?:년|\\.)?\\s*([1-4])\\s*분기$`);
const FULL_DAY = new RegExp(`^(?:${YY}|(\\d{4}))\\s*(?:\\.|년)\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*(?:\\.|일)?${WEEKDAY}$`);
const YEAR_MONTH = new RegExp(`^(?:${YY}|(\\d{4}))\\s*(?:\\.|년)\\s*(\\d{1,2})\\s*(?:월말|월초|월|\\.)?$`);
const MONTH_DAY = new RegExp(`^(\\d{1,2})\\s*[.월]\\s*(\\d{1,2})\\s*(?:\\.|일)?${WEEKDAY}$`);
const DAY_ONLY = new RegExp(`^(\\d{1,2})\\s*일?${WEEKDAY}$`);

/**
 * Parses one date as the report writes it, keeping its real precision: `'22.11월` is November
 * 2022 (month), `'22. 9. 30.` a day, `'28년` a year, `'22. 하반기` a half. Returns null for
 * anything else, including text around the date. Two-digit years up to '50 are 20xx, later ones 19xx.
 *
 * @example
 * parseDatePoint("'22.11월");            // { date: '2022-11-01', precision: 'month' }
 * parseDatePoint("'22. 9. 30.");         // { date: '2022-09-30', precision: 'day' }
 * parseDatePoint('9.23(금)', { year: 2022 }); // { date: '2022-09-23', precision: 'day' }
 * parseDatePoint('12.', { year: 2022, partner: 'month' }); // { date: '2022-12-01', precision: 'month' }
 */
export function parseDatePoint(text: string, context: DateContext = {}): DatePoint | null {
  const s = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(YEAR_ONLY))) return point(year(m), 1, 1, 'year');
  if ((m = s.match(HALF))) {
    return point(year(m), m[3] === '상' ? 1 : 7, 1, 'half');
  }
  if ((m = s.match(QUARTER))) {
    return point(year(m), (Number(m[3]) - 1) * 3 + 1, 1, 'quarter');
  }
  if ((m = s.match(FULL_DAY))) {
    return point(year(m), Number(m[3]), Number(m[4]), 'day');
  }
  if ((m = s.match(YEAR_MONTH))) {
    return point(year(m), Number(m[3]), 1, 'month');
  }
  if (context.year === undefined) return null;
  const y = context.year;
  if ((m = s.match(MONTH_DAY))) {
    return point(y, Number(m[1]), Number(m[2]), 'day');
  }
  if ((m = s.match(/^(\d{1,2})\s*(?:월말|월초|월|\.)$/))) return point(y, Number(m[1]), 1, 'month');
  if ((m = s.match(DAY_ONLY))) {
    if (context.partner === 'day' && context.month !== undefined) return point(y, context.month, Number(m[1]), 'day');
    if (context.partner === 'month') return point(y, Number(m[1]), 1, 'month');
  }
  return null;
}

/** `'22` is 2022 and `'64` (G밸리's designation) 1964: two-digit years up to '50 are 20xx. */
function year(m: RegExpMatchArray): number {
  if (m[1] === undefined) return Number(m[2]);
  const yy = Number(m[1]);
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

function point(y: number, month: number, day: number, precision: DatePoint['precision']): DatePoint | null {
  if (!isExists(y, month - 1, day)) return null;
  return { date: format(new Date(y, month - 1, day), 'yyyy-MM-dd'), precision };
}
