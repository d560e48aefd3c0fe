import { describe, expect, it } from 'vitest';
import { mixedScriptWords, mixedSpellings } from '../../src/text/mixedScriptWords';

describe('mixedScriptWords', () => {
  it('finds the words that mix Latin letters and Hangul, lower case and without a particle', () => {
    expect(mixedScriptWords('AI지원센터는 어디로')).toEqual(['ai지원센터']);
    expect(mixedScriptWords('양재 AI 허브 예산')).toEqual([]);
    expect(mixedScriptWords('G밸리 입주기업')).toEqual(['g밸리']);
  });

  it('spells a mixed word with a hyphen where the scripts meet', () => {
    expect(mixedSpellings('job코디')).toEqual(['job코디', 'job-코디']);
    expect(mixedSpellings('코디')).toEqual(['코디']);
  });
});
