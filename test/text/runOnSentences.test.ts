import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/text/grammar';

describe('sentencesOf: run-on questions', () => {
  it('cuts after a word ending a spoken sentence near a question word', () => {
    expect(sentencesOf('주소가 어디야 공장 자동화 할 애들 좀 구해보려고')).toEqual(['주소가 어디야', '공장 자동화 할 애들 좀 구해보려고']);
    expect(sentencesOf('어디 가서 접수해야돼 서울에 센터 몇군데 있다던데')[0]).toBe('어디 가서 접수해야돼');
  });

  it('never cuts a verb from its helper, a joining form, or a question word alone', () => {
    expect(sentencesOf('참여인원이 몇 명으로 집계돼 있나요?')).toHaveLength(1);
    expect(sentencesOf('어느 홈페이지로 들어가야 하나요?')).toHaveLength(1);
    expect(sentencesOf('어느 기관이 위탁받아 하나요?')).toHaveLength(1);
    expect(sentencesOf('예산이 얼마나 돼요?')).toHaveLength(1);
  });
});
