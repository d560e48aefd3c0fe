import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { contextAfter, namesOwnSubject, withContext, type ConversationContext } from '../../src/answer/followUp';
import { realKnowledge } from '../helpers';

/** Asks `questions` one after another as a conversation and returns each answer's text. */
async function converse(questions: string[]): Promise<string[]> {
  const kb = await realKnowledge();
  let context: ConversationContext | null = null;
  const texts: string[] = [];
  for (const question of questions) {
    const answer = answerQuestion(kb, withContext(kb, question, context).question);
    context = contextAfter(kb, question, answer, context);
    texts.push(answer.text);
  }
  return texts;
}

describe('follow-up questions (core, no Slack)', () => {
  it('tells a question that names its subject from one that does not', async () => {
    const kb = await realKnowledge();
    for (const q of ['예산은?', '그럼 예산은?', '위치는?', '언제 완공돼?', '담당 부서는?', '총사업비는?', '국비는?', '몇 명이야?']) {
      expect(namesOwnSubject(kb, q), q).toBe(false);
    }
    for (const q of ['청년취업사관학교 예산은?', '캠타 예산', '서울큐브는?', '금용투자과 정원', '홍릉 R&D지원센터 어디야', '영등포 캠퍼스 주소']) {
      expect(namesOwnSubject(kb, q), q).toBe(true);
    }
  });

  it('reads "예산은?" after an answer about 서울큐브 as 서울큐브’s budget', async () => {
    const [opening, budget] = await converse(['서울큐브 언제 열어?', '예산은?']);
    expect(opening).toContain('2026년 5월');
    expect(budget).toContain('100,781백만원');
  });

  it('lets a question that names another program replace the subject', async () => {
    const [, academy, where] = await converse(['서울큐브 언제 열어?', '청년취업사관학교 예산', '위치는?']);
    expect(academy).toContain('20,255백만원');
    expect(where).toContain('청년취업사관학교');
    expect(where).not.toContain('소파로');
  });

  it('keeps what a not-found question named, and keeps the old subject after a question that names nothing', async () => {
    const [missing, budget] = await converse(['서울큐브 입장료', '예산은?']);
    expect(missing).toMatch(/찾을 수 없습니다/);
    expect(budget).toContain('100,781백만원');
    const [, , stillCube] = await converse(['서울큐브 언제 열어?', '화성 이주 계획은?', '예산은?']);
    expect(stillCube).toContain('100,781백만원');
  });

  it('asks without context when there is none, and leaves the question as typed', async () => {
    const kb = await realKnowledge();
    expect(withContext(kb, '예산은?', null)).toEqual({ question: '예산은?', usedContext: false });
    expect(withContext(kb, '예산은?', { subject: '서울큐브', report: null })).toEqual({ question: '서울큐브 예산은?', usedContext: true });
    expect(withContext(kb, '시네마테크 예산은?', { subject: '서울큐브', report: null }).usedContext).toBe(false);
  });
});
