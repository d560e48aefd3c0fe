import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind61 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-23 classes (blind61)', () => {
  it('reads an abbreviation of a name by its syllables (서투청, 서강기, 경정과), saying so, and never a city as one', async () => {
    const kb = await realKnowledge();
    expect(kb.lexicon.typos.correct('서투청')).toBe('서울투자청');
    expect(kb.lexicon.typos.correct('서강기')).toBe('서울형 강소기업');
    expect(kb.lexicon.typos.correct('부산시')).toBeNull();
    const read = answerQuestion(kb, '경정과 정원 몇명', AS_OF);
    expect(read.text).toContain("'경정과' → '경제정책과'");
    expect(read.text).toMatch(/정원 \d+명/);
    expect(answerQuestion(kb, '부산시 예산 얼마', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a forwarded Slack message: quote, code ticks, italics, mentions, links, emoji and FYI are no part of the question', async () => {
    const kb = await realKnowledge();
    const forwarded = answerQuestion(kb, "(전달) <@U02ABCDEF> 님이 물어보신 건데요\n> `서울형 청년인턴 직무캠프` 소요예산 얼마로 잡혀있나요?\nFYI", AS_OF);
    expect(forwarded.text).toContain('4,000백만원');
    expect(answerQuestion(kb, '(전달)\n> 테스트베드 서울 실증사업 _과제당_ 최대 지원액이 얼마인지 궁금하답니다 <https://example.go.kr|링크>', AS_OF).text).toContain('4억원');
    expect(answerQuestion(kb, '서투청 출자출연기관 전환 출범 목표 언제야?? 💼 ㅋㅋ', AS_OF).text).toContain('2024년 6월');
    // A line after the question that says where still narrows it.
    expect(answerQuestion(kb, '청년취업사관학교 예산 얼마?\n부산 거요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '(전달)\n> `부산 청년인턴 직무캠프` 소요예산 얼마로 잡혀있나요?\nFYI', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a name glossing an unknown short form (SIC(서울혁신챌린지)) as what is asked about', async () => {
    const kb = await realKnowledge();
    const glossed = answerQuestion(kb, 'SIC(서울혁신챌린지) 사업예산 얼마', AS_OF);
    expect(glossed.text).toContain('2,410백만원');
    expect(glossed.text).toContain("'SIC' → '서울혁신챌린지'");
    expect(answerQuestion(kb, 'SIC(부산혁신챌린지) 사업예산 얼마', AS_OF).text).toContain(NOT_FOUND);
  });

  it('finds where the report mentions something (… 언급된 부분 찾아주실 수 있나요?, … 얘기 나오는 데 어디야?), and not what it never mentions', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '보고서에서 NVIDIA 언급된 부분 찾아주실 수 있나요?', AS_OF).text).toContain('NVIDIA, 네이버');
    expect(answerQuestion(kb, '보고서에 IBK 얘기 나오는 데 어디야?', AS_OF).text).toContain('IBK 기업은행 협력');
    expect(answerQuestion(kb, 'IBK 관련 내용', AS_OF).text).toContain('매칭데이');
    expect(answerQuestion(kb, '보고서에 테슬라 얘기 나오는 데 어디야?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산 관련 내용', AS_OF).text).toContain(NOT_FOUND);
  });
});
