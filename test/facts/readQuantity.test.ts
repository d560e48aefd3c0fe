import { describe, expect, it } from 'vitest';
import { readQuantity } from '../../src/facts/readQuantity';

describe('readQuantity', () => {
  it('reads one number with its unit and an optional note, as the report’s cells write them', () => {
    expect(readQuantity('3,561 (56.1%)')).toEqual({ value: 3561, unit: '' }); // 안심일자리 그린환경
    expect(readQuantity('1,369㎡(약 415평)')).toEqual({ value: 1369, unit: '㎡' }); // 창작뜰 규모
    expect(readQuantity("120개사('22.8)")).toEqual({ value: 120, unit: '개사' });
    expect(readQuantity('68.6')).toEqual({ value: 68.6, unit: '' });
  });

  it('refuses text, dates, pairs, mixed units and dashes', () => {
    for (const cell of ["'22.3.1~'25.2.28", '35/1,640', '4조 4,075억', '-', '', '디쓰리디', '10.11(화) ~ 10.15(토)']) {
      expect(readQuantity(cell), cell).toBeNull();
    }
  });
});
