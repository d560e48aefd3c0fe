import { describe, expect, it } from 'vitest';
import { asWrittenIn } from '../../src/text/asWrittenIn';

describe('asWrittenIn', () => {
  it('gives back the report’s own apostrophe for a normalised date', () => {
    expect(asWrittenIn('- 인턴십 참여자 정규직 취업연계 지원 : ’22.11~12.', "'22.11~12.")).toBe('’22.11~12.');
  });

  it('keeps a piece the line holds as it is, and one it does not hold', () => {
    expect(asWrittenIn("- 개소 : '22.7.20.", "'22.7.20.")).toBe("'22.7.20.");
    expect(asWrittenIn('- 개소 : 7월', "'22.7.20.")).toBe("'22.7.20.");
    expect(asWrittenIn('(1.5)', '1.5')).toBe('1.5');
  });
});
