import type { DateInterval } from '../model/datePoint';
import { parseDatePoint } from './parseDatePoint';

/** A date expression from the report: an interval, or a recurrence when no date is given. */
export interface ParsedDate {
  when: DateInterval | null;
  recurrence: string | null;
}

const RECURRENCE = /^(분기별|수시|상시|매월|매년|연\s*\d+\s*회|분기\s*\d+\s*회|월\s*\d+\s*회)/;
/** Words that may follow a date without changing it (`~'22. 12.까지`, `분기별 추진`). */
const TRAILER = /\s*(?:까지|부터|이후|예정|경|중|추진|완료|\(\d+\s*(?:개월|일간|년)\)|,?\s*\d+\s*(?:일간|개월))$/;

/**
 * Parses a whole date expression: a single date, a range (`'22.9~12.`, `'22.9.21(수) ~ 9.23(금)`,
 * `'22.7~'23.2.`), an open range (`~'22.12.`, `'22.9월~`) or a recurrence (`분기별`, `수시`).
 * The end of a range borrows the year (and month) it omits from its start. Returns null when the
 * text is not entirely a date expression.
 *
 * @example
 * parseDateExpression("'22.9~12.");
 * // { when: { start: { date: '2022-09-01', precision: 'month' }, end: { date: '2022-12-01', precision: 'month' } }, recurrence: null }
 * parseDateExpression('수시'); // { when: null, recurrence: '수시' }
 */
export function parseDateExpression(text: string, defaultYear?: number): ParsedDate | null {
  let s = text.trim();
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(TRAILER, '').trim();
  }
  const recurrence = s.match(RECURRENCE);
  if (recurrence) return { when: null, recurrence: recurrence[1]!.replace(/\s+/g, ' ') };
  if (s.length === 0) return null;

  const parts = s.split('~');
  if (parts.length > 2) return null;
  if (parts.length === 1) {
    const single = parseDatePoint(s, { year: defaultYear });
    return single ? { when: { start: single, end: single }, recurrence: null } : null;
  }
  const [left, right] = [parts[0]!.trim(), parts[1]!.trim()];
  const start = left ? parseDatePoint(left, { year: defaultYear }) : null;
  if (left && !start) return null;
  const startYear = start ? Number(start.date.slice(0, 4)) : defaultYear;
  const end = right
    ? parseDatePoint(right, { year: startYear, month: start ? Number(start.date.slice(5, 7)) : undefined, partner: start?.precision })
    : null;
  if (right && !end) return null;
  if (!start && !end) return null;
  return { when: { start, end }, recurrence: null };
}
