import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { dotJoined } from '../../src/answer/dotJoined';
import { realKnowledge } from '../helpers';

describe('dotJoined', () => {
  it('joins a dotted word the report writes as one, and keeps one it writes with its dot', async () => {
    const kb = await realKnowledge();
    expect(dotJoined('서울투자청 출자·출연기관 전환', kb.vocabulary)).toBe('서울투자청 출자출연기관 전환');
    expect(dotJoined('바이오·의료 R&D', kb.vocabulary)).toBe('바이오·의료 R&D');
    expect(dotJoined('부산·울산 캠퍼스', kb.vocabulary)).toBe('부산·울산 캠퍼스');
  });

  it('answers a question writing the report word with a dot, and still refuses what the report lacks', async () => {
    const kb = await realKnowledge();
    const asOf = { asOf: '2022-09-15' };
    expect(answerQuestion(kb, '서울투자청 출자·출연기관 전환에 따른 출범 목표 시점', asOf).text).toContain('2024년 6월');
    expect(answerQuestion(kb, '서울투자청 출자·출연기관 전환에 따른 해산 시점', asOf).text).toContain('보고서에서 찾을 수 없습니다');
  });
});
