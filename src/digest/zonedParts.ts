import { isProcessTimeZone } from '../runtime/processTimeZone';

/** The wall-clock fields of an instant in one time zone. */
export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  /** 0 is Sunday, as `Date.prototype.getDay`. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The wall-clock fields of `instant` in `timeZone` (an IANA name).
 *
 * In the process's own time zone (`TZ`, which the bot sets to its ECON_TIMEZONE at start:
 * setProcessTimeZone) they are read from the Date itself. Any other zone goes through
 * `Intl.DateTimeFormat`, and a process's first one costs about 8 MB of memory for good (ICU reads
 * every locale's data to list the available ones), so the bot's own clock never makes one.
 *
 * @example
 * zonedParts(new Date('2022-10-30T15:30:00Z'), 'Asia/Seoul');
 * // { year: 2022, month: 10, day: 31, hour: 0, minute: 30, weekday: 1 }
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  if (isProcessTimeZone(timeZone)) {
    return {
      year: instant.getFullYear(),
      month: instant.getMonth() + 1,
      day: instant.getDate(),
      hour: instant.getHours(),
      minute: instant.getMinutes(),
      weekday: instant.getDay(),
    };
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const parts = new Map(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.get(type));
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), weekday: WEEKDAYS.indexOf(parts.get('weekday') ?? '') };
}
