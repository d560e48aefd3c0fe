import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

describe('answerQuestion on the real report', () => {
  it('answers each intent from the fact tables with figure, program and citation', async () => {
    const kb = await realKnowledge();
    const campus = kb.budgets.find((f) => f.raw === '20,255백만원')!;
    const budget = answerQuestion(kb, '청년취업사관학교 예산 얼마야');
    expect(budget).toMatchObject({ intent: 'budget', found: true });
    expect(budget.text).toContain('20,255백만원');
    expect(budget.citations[0]).toMatchObject({ section: 'IV-1-①', line: campus.source.line });

    const schedule = answerQuestion(kb, '서울큐브 언제 열어?');
    expect(schedule.intent).toBe('schedule');
    expect(schedule.headline).toContain('2026년 5월');

    const location = answerQuestion(kb, '홍릉 R&D 지원센터 어디야');
    expect(location.headline).toContain('청량리동 206-54');

    const headcount = answerQuestion(kb, '금용투자과 정원');
    expect(headcount).toMatchObject({ intent: 'headcount', subject: '금융투자과' });
    expect(headcount.headline).toContain('정원 24명');

    const department = answerQuestion(kb, '시네마테크 건립 담당 부서');
    expect(department.subject).toBe('미디어콘텐츠산업과');

    const aggregate = answerQuestion(kb, '집행률이 제일 낮은 과는?');
    expect(aggregate.subject).toBe('바이오AI산업과');
  });

  it('says plainly when the report does not contain the answer', async () => {
    const kb = await realKnowledge();
    for (const question of ['부산 청년취업사관학교 예산', '2023년 캠퍼스타운 예산', '서울시립과학관 주소', '오늘 날씨 어때']) {
      const answer = answerQuestion(kb, question);
      expect(answer.found, question).toBe(false);
      expect(answer.text).toMatch(/^보고서에서 찾을 수 없습니다/);
      expect(answer.text).not.toMatch(/\d+백만원|\d+억원/);
    }
  });

  it('keeps answers short and leading with the fact', async () => {
    const kb = await realKnowledge();
    for (const question of ['캠퍼스타운 예산', 'G밸리 향후계획', '청년취업사관학교 개관', '일자리정책과 집행률']) {
      const answer = answerQuestion(kb, question);
      expect(answer.text.length, question).toBeLessThan(500);
      expect(answer.text.split('\n')[0]).toBe(answer.headline);
    }
  });

  it('handles empty, huge and odd input without throwing', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '').text).toContain('질문을 입력해 주세요');
    expect(answerQuestion(kb, '   ??  ').found).toBe(false);
    const huge = answerQuestion(kb, '캠퍼스타운 예산 '.repeat(5000));
    expect(huge.question.length).toBeLessThanOrEqual(300);
    expect(() => answerQuestion(kb, '\u0000\uFFFF🙂 ᄒᆞᆫ글 \u202Eabc')).not.toThrow();
    expect(answerQuestion(kb, '<!channel> 캠퍼스타운 예산').found).toBe(true);
  });

  it('asks which program is meant when several fit equally, and each candidate re-asks unambiguously', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '센터 어디야');
    expect(answer.found).toBe(false);
    expect(answer.candidates.length).toBeGreaterThan(1);
    const headlines = answer.candidates.map((c) => answerQuestion(kb, c.question));
    expect(headlines.every((a) => a.found && a.candidates.length === 0)).toBe(true);
    expect(new Set(headlines.map((a) => a.headline)).size).toBe(answer.candidates.length);
  });

  it("does not answer one program with another's or the office's figures", async () => {
    const kb = await realKnowledge();
    const office = kb.budgets.find((f) => f.ownerType === 'office' && f.kind === '예산현액')!;
    const seoulCube = answerQuestion(kb, '서울큐브 총 예산');
    expect(seoulCube.text).not.toContain(office.raw);
    expect(answerQuestion(kb, '캠퍼스타운 전체 인력').text).not.toContain('269');
    for (const question of ['서울창업허브 언제 개관', '서부기술교육원 위치', '경제정책실장 누구', '1,1,1,1']) {
      expect(answerQuestion(kb, question).found, question).toBe(false);
    }
  });

  it('reads past Slack markup as the Slack layer shows it', async () => {
    const kb = await realKnowledge();
    for (const question of ['<!channel> 캠타 예산', '@channel 캠타 예산', '<@U0123ABCD> 캠타 예산']) {
      expect(answerQuestion(kb, question).text, question).toContain('40,346백만원');
    }
  });

  it('gives the same answer id for the same question', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 예산').id).toBe(answerQuestion(kb, '캠퍼스타운 예산').id);
  });
});
