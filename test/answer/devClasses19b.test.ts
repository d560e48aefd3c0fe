import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { isPredicate, withoutAmounts, withoutCountedNoun } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind40, blind42 and blind43 and the older dev sets in stop 19, each tested both ways. */
describe('stop-19 classes (2)', () => {
  it('counts companies asked with 군데 or 곳 as 개사: the word 기업 is said by the counter (G밸리 입주 기업 몇 군데)', async () => {
    expect(withoutCountedNoun('기업', '군데')).toBe('');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 입주 기업 몇 군데예요', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, 'G밸리 1차 입주기업 몇 군데', AS_OF).text).toContain('9개사');
    expect(answerQuestion(kb, '부산 G밸리 입주 기업 몇 군데예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('blind40 classes: a report word is never cut once its particle is off (한도가 → 한도), 사람 counted by 명, 한곳당 alone, 바꿔서 a verb, an aside clause after a comma', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '외상거래 보험료 지원 회사 한곳당 한도가 얼마야', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '안심일자리 지금까지 참여한 사람 몇명이에요 (8월말 기준)', AS_OF).text).toContain('6,344명');
    expect(answerQuestion(kb, '투자청 출자출연기관으로 바꿔서 출범하는 목표 시점이 언제야? 시의회 질의 대응용', AS_OF).text).toContain('2024년 6월');
    expect(answerQuestion(kb, '시네마테크 짓는곳 주소요, 보도자료 쓰는 중', AS_OF).text).toContain('38');
    expect(isPredicate('바꿔서')).toBe(true);
    // The same shapes about what the report does not have are refused.
    expect(answerQuestion(kb, '부산 시네마테크 짓는곳 주소요, 보도자료 쓰는 중', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '희망두배 청년통장 지금까지 참여한 사람 몇명이에요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '외상거래 대출 회사 한곳당 한도가 얼마야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a place by its circled topic\'s other lines (동북권 센터\'s 추진목적 says 스케일업)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 우수기업 스케일업 센터(동북권) 위치가 어디야', AS_OF).text).toContain('광진구 자양동 2-3');
    expect(answerQuestion(kb, '캠퍼스타운 기업들 스케일업 돕는 동북권 유망기업 지원센터 어디 있어?', AS_OF).text).toContain('광진구 자양동 2-3');
    expect(answerQuestion(kb, '캠퍼스타운 우수기업 스케일업 센터(서남권) 위치가 어디야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 교육 as the report\'s 양성 when a question finds nothing as typed (an equivalence), never 채용', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '캠퍼스타운형 취업사관학교 총 몇 명 교육해?', AS_OF).text;
    expect(answer).toContain('총 300명');
    expect(answer).toContain("'교육' → '양성'");
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 몇 명 채용해?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산형 취업사관학교 총 몇 명 교육해?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a department\'s calendar as the programs its duties name (국제협력 쪽 10월 일정), and never as every program\'s', async () => {
    const kb = await realKnowledge();
    expect([...(kb.match.departmentPrograms.get('국제협력과') ?? [])].map((id) => kb.sectionById.get(id)!.title)).toEqual(['서울시 내 국제기구 활동기반 조성, 국제회의 통한 정책교류']);
    const october = answerQuestion(kb, '국제협력 쪽 10월에 예정된 일정 뭐뭐 있어요?', AS_OF).text;
    expect(october).toContain('UCLG');
    expect(october).not.toContain('GITEX');
    expect(answerQuestion(kb, '국제협력과 23년 5월 일정', AS_OF).text).toContain('2023년 5월 국제협력과 일정이 없습니다');
    // A department whose duties name no program: not a calendar of everything.
    expect(answerQuestion(kb, '전략산업기반과 10월 일정', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 민간업체 이름 as an organisation asked: a line naming one answers', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년 일자리 전담창구 운영 맡은 민간업체 이름 뭐였지', AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, '뷰티위크 운영 맡은 민간업체 이름 뭐였지', AS_OF).text).toContain(NOT_FOUND);
  });

  it('blind42 classes: a sum the asker believes (30억 맞죠, 40억 정도로 알고 있는데) is no name, a unit asked (백만원 단위로) names nothing, a formal statement before the question says', async () => {
    expect(withoutAmounts('추계 서울패션위크 예산 30억 맞죠').replace(/\s+/g, ' ').trim()).toBe('추계 서울패션위크 예산 맞죠');
    expect(withoutAmounts('시즌3 목표 17,000개사').trim()).toBe('시즌3 목표 17,000개사');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 예산 30억 맞죠? 확인 좀요', AS_OF).text).toContain('3,000백만원');
    const believed = '서울형 청년인턴 직무캠프 소요예산이 40억 정도로 알고 있는데 정확한 금액이 얼마인지 확인 부탁드려도 될까요?';
    expect(answerQuestion(kb, believed, AS_OF).text).toContain('4,000백만원');
    expect(answerQuestion(kb, '양재 AI 혁신지구 22년 예산을 백만원 단위로 환산하면 얼마인가요?', AS_OF).text).toContain('262억원');
    expect(answerQuestion(kb, '시네마테크 위치 어딤? 중구 어디', AS_OF).text).toContain('마른내로 38');
    const afterStatement = '입사한 지 얼마 안 돼서 여쭤봅니다. 1자치구 1청년취업사관학교 종합계획은 언제 수립될 예정인가요?';
    expect(answerQuestion(kb, afterStatement, AS_OF).text).toContain('2022년 11월');
    // A sum believed never makes a program the report lacks answer, nor a statement that asks lose its question.
    expect(answerQuestion(kb, '추계 부산패션위크 예산 30억 맞죠? 확인 좀요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울시민 안심일자리 소요예산 가운데 구비 부담분이 얼마인지 궁금합니다. 자치구 협의 자료 때문에요.', AS_OF).text).not.toContain(NOT_FOUND);
  });

  it('reads what the asker believes after the question (공고는 7월에 났던 걸로 아는데요) without its dates, and 바뀜, 걸로 as grammar', async () => {
    const kb = await realKnowledge();
    const believed = '올해 서울형 강소기업 심의선정은 언제쯤 끝나는 걸로 되어 있나요? 공고는 7월에 났던 걸로 아는데요.';
    expect(answerQuestion(kb, believed, AS_OF).text).toContain('2022년 9월');
    expect(answerQuestion(kb, '기재부 올해 성장률 전망 작년12월이랑 6월 비교해서 어케 바뀜', AS_OF).text).toContain('2.6%');
    expect(answerQuestion(kb, '올해 부산형 강소기업 심의선정은 언제쯤 끝나는 걸로 되어 있나요? 공고는 7월에 났던 걸로 아는데요.', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers a question asking where (장소가 어디입니까) with a date (blind43\'s invented answer)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 바이오·의료 국제 컨퍼런스 개최 장소가 어디입니까?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울 바이오·의료 국제 컨퍼런스 언제 열려?', AS_OF).text).toContain('2022년 9월 29일');
    // Asked both when and where, the date still answers.
    expect(answerQuestion(kb, 'UCLG 총회 언제 어디서 해요', AS_OF).text).toContain('2022년 10월');
  });

  it('never answers a question asking when and not where (건물 개관 언제함) with a place', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '애니센터 자리에 짓는 새 건물 개관 언제함', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, '서울큐브 건물 면적', AS_OF).text).toContain('8,473㎡');
    expect(answerQuestion(kb, 'try everything 언제 어디서 열려', AS_OF).text).toContain('동대문디자인플라자');
  });

  it('names a table row by one name of its pair or its bracketed place (홍릉 바이오 R&D), never by another row\'s place (홍릉 로봇 R&D)', async () => {
    const kb = await realKnowledge();
    const both = answerQuestion(kb, '홍릉 바이오 R&D 지원과제 수랑 지원금액', AS_OF).text;
    expect(both).toContain('26');
    expect(both).toContain('5,700');
    expect(answerQuestion(kb, '수서 로봇 지원과제 수', AS_OF).text).toContain('지원과제 수: 5');
    expect(answerQuestion(kb, '홍릉 로봇 R&D 지원과제 수', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산 바이오 R&D 지원과제 수', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads what the asker heard, told after the question (보고서에 나오던데), as background', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '프롭테크가 뭐임? 보고서에 나오던데', AS_OF).text).toContain('부동산시장');
    expect(answerQuestion(kb, '메타버스허브가 뭐임? 보고서에 나오던데', AS_OF).text).toContain(NOT_FOUND);
  });
});
