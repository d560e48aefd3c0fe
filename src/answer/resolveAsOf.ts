import { calendarDateIn, isIsoDate } from '../digest/calendarDays';

/** How the caller's clock is given to `answerQuestion`. */
export interface AnswerOptions {
  /**
   * "Today" for relative words (`다음 달`, `이번 주`, `올해 남은`) and for done/planned: an instant
   * (read as a calendar day in `timeZone`) or a `YYYY-MM-DD` day. Default: now.
   */
  asOf?: Date | string;
  /** Time zone an instant is read in (the bot's `ECON_TIMEZONE`). Default `Asia/Seoul`. */
  timeZone?: string;
}

/** The time zone used when the caller names none (the bot's default `ECON_TIMEZONE`). */
export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

/**
 * The caller's clock as one calendar day (`YYYY-MM-DD`). A day string is taken as is; an instant
 * is the day it falls on in the time zone. Throws on a string that is not a real day.
 *
 * @example
 * resolveAsOf({ asOf: '2022-10-15' });                          // '2022-10-15'
 * resolveAsOf({ asOf: new Date('2022-10-14T16:30:00Z') });      // '2022-10-15' (01:30 in Seoul)
 */
export function resolveAsOf(options: AnswerOptions = {}, now: () => Date = () => new Date()): string {
  const { asOf = now(), timeZone = DEFAULT_TIME_ZONE } = options;
  if (typeof asOf === 'string') {
    if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD day, got "${asOf.slice(0, 40)}"`);
    return asOf;
  }
  return calendarDateIn(asOf, timeZone);
}
