import { describe, expect, it } from 'vitest';
import { askAt } from './askAt';
import { labelConcept } from '../../src/answer/labelConcept';

const ask = askAt;

describe('overview intent', () => {
  it('answers a label of an overview block with its line, spaced-out labels included', async () => {
    const place = await ask('서울뷰티위크 행사장소 어디어디');
    expect(place).toMatchObject({ intent: 'overview', found: true });
    expect(place.headline).toContain('장소: 동대문 DDP, 북촌, 노들섬 등'); // line 1226 `- 장 소 : …`
    expect(place.citations[0]!.line).toBe(1226);
    expect((await ask('트라이에브리띵 주제 뭐였지')).headline).toContain('Zero to Hero');
  });

  it('reads who a program is for from 대상, 참가자격 or 훈련대상, whatever the question calls it', async () => {
    expect((await ask('청년취업사관학교 대상자 누구야')).headline).toContain('20 ~ 30대 청년 구직자');
    expect((await ask('서울혁신챌린지 참가자격 누구')).headline).toContain('예비창업자');
    expect((await ask('기술교육원 훈련대상 연령')).headline).toContain('만 15세 이상');
    expect((await ask('직무캠프 참여 대상 나이 제한')).headline).toContain('만 18세~34세');
  });

  it('answers the legal basis, whatever the program calls it (추진근거, 사업근거, 운영근거)', async () => {
    expect((await ask('직무캠프 추진근거 법령')).headline).toContain('청년고용촉진특별법');
    expect((await ask('캠퍼스타운 사업근거 조례명')).headline).toContain('캠퍼스타운 조성사업 지원 등에 관한 조례');
  });

  it('lets a word describe the value asked for, but never a program the report lacks', async () => {
    // `- 규모 : 192만㎡ / 12,754개사(14만명) 입주` (line 917): 입주기업 is what the value counts.
    expect((await ask('G밸리 규모랑 입주기업 수')).headline).toContain('12,754개사(14만명) 입주');
    expect((await ask('부산 G밸리 규모')).found).toBe(false);
  });

  it('asks which program when the question names none', async () => {
    const answer = await ask('추진근거 뭐야');
    expect(answer.found).toBe(false);
    expect(answer.candidates.length).toBeGreaterThan(1);
  });

  it('answers when an event is held from its 행사개요 period line, dates written out', async () => {
    // `- 행사기간 : '22. 9. 30.(금) ~ 11. 2.(수)` (line 1225)
    const beauty = await ask('서울뷰티위크 언제 열려');
    expect(beauty).toMatchObject({ intent: 'overview', found: true });
    expect(beauty.headline).toContain('행사기간: 2022년 9월 30일 (금) ~ 11월 2일 (수)');
    expect(beauty.citations[0]!.line).toBe(1225);
    expect((await ask('Try Everything 2023 개최일')).found).toBe(false);
    expect((await ask('서울큐브 언제 열어?')).intent).toBe('schedule'); // a building opens; it is not held
  });

  it('leaves places, dates and money to their own intents', async () => {
    expect((await ask('영등포 청년취업사관학교 주소')).intent).toBe('location');
    expect((await ask('미래혁신성장펀드 사업기간')).intent).toBe('schedule');
    expect((await ask('추계 서울패션위크 예산')).intent).toBe('budget');
  });

  it('files a report label under the concept its last word names', () => {
    const concepts = { 대상: ['대상', '자격'], 장소: ['장소', '대상지'] };
    expect(labelConcept('참가자격', concepts)).toBe('대상');
    expect(labelConcept('대상지', concepts)).toBe('장소');
    expect(labelConcept('개최장소', concepts)).toBe('장소');
    expect(labelConcept('소요예산', concepts)).toBeNull();
  });
});
