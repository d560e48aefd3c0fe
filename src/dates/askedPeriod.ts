import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { DatePoint, DatePrecision } from '../model/datePoint';
import { periodEnd } from './periodEnd';

/** The named period words a question may use, each read from the lexicon. */
export const PERIOD_WORDS = ['thisWeek', 'nextWeek', 'lastWeek', 'thisMonth', 'monthAfterNext', 'nextMonth', 'lastMonth', 'thisYear', 'yearAfterNext', 'nextYear', 'lastYear', 'firstHalf', 'secondHalf', 'remaining', 'monthEnd', 'monthStart', 'monthMiddle'] as const;
export type PeriodWord = (typeof PERIOD_WORDS)[number];

/** Finds one kind of period word in a text (a lexicon cue). */
export interface PeriodCue {
  find(text: string): string | null;
}

/** A period a question asks about: first and last day, how it is shown, and the words that said it. */
export interface AskedPeriod {
  /** First day (`YYYY-MM-DD`). */
  from: string;
  /** Last day (`YYYY-MM-DD`). */
  to: string;
  /** The period at the precision it was asked (`2022년 11월`, `2022년 하반기`). */
  start: DatePoint;
  end: DatePoint;
  /** The words of the question that named the period (to leave out of its topic). */
  words: string[];
}

interface Clock {
  /** The caller's today (`YYYY-MM-DD`): relative words are read against it. */
  asOf: string;
  /** The report's own as-of day: a month without a year is in its year once the clock is far from it. */
  reportDay: string;
  cues: Readonly<Record<PeriodWord, PeriodCue>>;
}

const YEAR = /(?<![\d.])(?:(\d{4})|'?(\d{2}))\s*년(?!\s*간)/;
const MONTH_DAY = /(?<![\d.])(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/;
const DAY_RANGE = /(?<![\d.~])(\d{1,2})\s*일?\s*~\s*(\d{1,2})\s*일/;
const QUARTER = /(?<!\d)([1-4])\s*분기/;

/**
 * The calendar period a question asks about, read against one clock: an explicit year, month,
 * day, quarter or half (`22년 11월`, `2023년 5월`, `9월 30일`, `4분기`, `24년`), or a relative one
 * (`다음 달`, `다다음 달`, `이번 주`, `올해 남은`, `내년 상반기`, `내후년`), or a part of a month (`9월 하순`: its 21st to its end). A month or half without a year is in the
 * clock's year while the clock is within a year of the report's as-of day, else in the report's
 * year. Null when the question names no period.
 *
 * @example
 * askedPeriod('다음 달에 협약하는 거', clock('2022-10-15')); // { from: '2022-11-01', to: '2022-11-30', … }
 */
export function askedPeriod(text: string, clock: Clock): AskedPeriod | null {
  const words: string[] = [];
  const found = (name: PeriodWord) => {
    const word = clock.cues[name].find(text);
    if (word) words.push(word);
    return word !== null;
  };
  const today = parseISO(clock.asOf);
  const clockYear = today.getFullYear();
  const explicit = text.match(YEAR);
  if (explicit) words.push(explicit[0]);
  const named = explicit ? null : found('yearAfterNext') ? clockYear + 2 : found('nextYear') ? clockYear + 1 : found('lastYear') ? clockYear - 1 : found('thisYear') ? clockYear : null;
  const year = explicit ? Number(explicit[1] ?? `20${explicit[2]}`) : named;
  const near = Math.abs(differenceInCalendarDays(today, parseISO(clock.reportDay))) <= 366;
  const inYear = year ?? (near ? clockYear : Number(clock.reportDay.slice(0, 4)));
  const result = (start: DatePoint, end: DatePoint, from = start.date, to = periodEnd(end)) => ({ from, to, start, end, words });

  for (const [name, weeks] of [['thisWeek', 0], ['nextWeek', 1], ['lastWeek', -1]] as const) {
    if (found(name)) {
      const monday = startOfWeek(addWeeks(today, weeks), { weekStartsOn: 1 });
      return result(day(monday), day(endOfWeek(monday, { weekStartsOn: 1 })));
    }
  }
  for (const [name, months] of [['thisMonth', 0], ['monthAfterNext', 2], ['nextMonth', 1], ['lastMonth', -1]] as const) {
    if (found(name)) {
      const month = point(format(addMonths(today, months), 'yyyy-MM-01'), 'month');
      if (!found('monthEnd')) return result(month, month);
      return result(day(parseISO(month.date.replace(/01$/, '21'))), day(endOfMonth(parseISO(month.date))));
    }
  }
  const asked = monthOrDay(text, inYear);
  if (asked) {
    words.push(asked.word);
    const [from, to] = asked.point.precision === 'month' ? daysOfMonth(text, asked.point, found, words) : [asked.point, asked.point];
    return result(from, to);
  }
  const quarter = text.match(QUARTER);
  if (quarter) {
    words.push(quarter[0]);
    const q = point(`${inYear}-${String(3 * Number(quarter[1]) - 2).padStart(2, '0')}-01`, 'quarter');
    return result(q, q);
  }
  for (const [name, month] of [['firstHalf', '01'], ['secondHalf', '07']] as const) {
    if (found(name)) {
      const half = point(`${inYear}-${month}-01`, 'half');
      return result(half, half);
    }
  }
  if (found('remaining')) {
    const end = point(`${year ?? clockYear}-12-31`, 'day');
    return result(day(today), end);
  }
  if (year !== null) {
    const whole = point(`${year}-01-01`, 'year');
    return result(whole, whole);
  }
  return null;
}

const day = (d: Date): DatePoint => ({ date: format(d, 'yyyy-MM-dd'), precision: 'day' });
const point = (date: string, precision: DatePrecision): DatePoint => ({ date, precision });

/**
 * The days of a month a text asks about: those it names (`9월 마지막 주(29~30일)`), ten of them
 * (`9월 하순`, `10월 중순`, `11월 초순`: the last eleven at most), or the whole month, as it is
 * for a range of months (`9월말~10월초`). The words naming days are added to `words`.
 */
function daysOfMonth(text: string, month: DatePoint, found: (name: PeriodWord) => boolean, words: string[]): [DatePoint, DatePoint] {
  const days = (first: number, last: number): [DatePoint, DatePoint] => [day(dayOf(month, first)), day(dayOf(month, last))];
  const range = text.match(DAY_RANGE);
  const [first, last] = range ? [Number(range[1]), Number(range[2])] : [0, 0];
  if (range && first >= 1 && first < last && last <= Number(periodEnd(month).slice(8))) {
    // The topic keeps a range's first number alone (`29~30일` → `29`).
    words.push(range[0], range[1]!);
    return days(first, last);
  }
  const twoMonths = (text.match(new RegExp(MONTH_DAY.source, 'g')) ?? []).length > 1;
  const part = twoMonths ? -1 : (['monthStart', 'monthMiddle', 'monthEnd'] as const).findIndex(found);
  if (part < 0) return [month, month];
  return part === 2 ? [day(dayOf(month, 21)), day(endOfMonth(parseISO(month.date)))] : days(10 * part + 1, 10 * part + 10);
}

/** The `n`th day of a month. */
const dayOf = (month: DatePoint, n: number): Date => parseISO(month.date.replace(/01$/, String(n).padStart(2, '0')));

/** A month, or a day of it, named in the text (`11월`, `9월 30일`) in `year`, with the words that named it. */
function monthOrDay(text: string, year: number): { point: DatePoint; word: string } | null {
  const md = text.match(MONTH_DAY);
  const monthNumber = md ? Number(md[1]) : 0;
  if (!md || monthNumber < 1 || monthNumber > 12) return null;
  const first = `${year}-${String(monthNumber).padStart(2, '0')}-01`;
  const dayNumber = md[2] ? Number(md[2]) : 0;
  if (dayNumber >= 1 && dayNumber <= Number(periodEnd(point(first, 'month')).slice(8))) {
    return { point: point(`${first.slice(0, 8)}${String(dayNumber).padStart(2, '0')}`, 'day'), word: md[0] };
  }
  return { point: point(first, 'month'), word: md[0] };
}
