import { describe, expect, it } from 'vitest';
import { figureMonth } from '../../src/dates/figureMonth';
import { monthOutside } from '../../src/dates/monthOutside';

describe('monthOutside', () => {
  it('is true only for a month asked outside the months a line states', () => {
    const janToJul = figureMonth("□ 추진실적('22.1.~7.) : 총 10,898개사");
    expect(monthOutside(8, janToJul)).toBe(true);
    expect(monthOutside(7, janToJul)).toBe(false);
    expect(monthOutside(1, janToJul)).toBe(false);
    expect(monthOutside(null, janToJul)).toBe(false);
    expect(monthOutside(8, figureMonth("개관 : '22.11월"))).toBe(false);
  });
});
