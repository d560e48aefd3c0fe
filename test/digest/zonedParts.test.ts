import { afterEach, describe, expect, it } from 'vitest';
import { calendarDateIn } from '../../src/digest/calendarDays';
import { clockTime } from '../../src/digest/clockTime';
import { zonedParts } from '../../src/digest/zonedParts';
import { isProcessTimeZone, setProcessTimeZone } from '../../src/runtime/processTimeZone';

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

// Around New York's spring and autumn clock changes, a Seoul midnight, and a year's end.
const INSTANTS = ['2022-03-13T06:30:00Z', '2022-03-13T07:30:00Z', '2022-11-06T05:30:00Z', '2022-11-06T06:30:00Z', '2022-10-30T15:30:00Z', '2022-12-31T23:59:00Z'].map((s) => new Date(s));

describe('zonedParts', () => {
  it('reads the same wall clock from the Date in the process zone as Intl gives for another zone', () => {
    for (const zone of ['America/New_York', 'Asia/Seoul', 'Europe/Paris']) {
      setProcessTimeZone('UTC');
      const throughIntl = INSTANTS.map((at) => zonedParts(at, zone));
      setProcessTimeZone(zone);
      const local = INSTANTS.map((at) => zonedParts(at, zone));
      expect(local, zone).toEqual(throughIntl);
    }
  });

  it('gives Seoul its own calendar day and weekday', () => {
    for (const processZone of ['UTC', 'Asia/Seoul']) {
      setProcessTimeZone(processZone);
      expect(zonedParts(new Date('2022-10-30T15:30:00Z'), 'Asia/Seoul')).toEqual({ year: 2022, month: 10, day: 31, hour: 0, minute: 30, weekday: 1 });
      expect(calendarDateIn(new Date('2022-10-30T14:59:00Z'), 'Asia/Seoul')).toBe('2022-10-30');
    }
  });

  it('makes no Intl formatter in the process zone, and one for any other zone', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      setProcessTimeZone('Asia/Seoul');
      expect(isProcessTimeZone('Asia/Seoul')).toBe(true);
      calendarDateIn(new Date(), 'Asia/Seoul');
      expect(made).toBe(0);
      calendarDateIn(new Date(), 'Europe/Paris');
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  it('writes a wall-clock time as HH:MM', () => {
    expect(clockTime({ hour: 9, minute: 5 })).toBe('09:05');
    expect(clockTime(zonedParts(new Date('2022-10-30T15:30:00Z'), 'Asia/Seoul'))).toBe('00:30');
  });
});

