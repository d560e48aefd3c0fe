import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { isPredicate, isSurelyVerb, pointsAt, sentencesOf, stripParticle, withoutKindSuffix } from '../../src/text/grammar';
import { withoutEquivalentRepeats } from '../../src/lexicon/equivalentReadings';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind56 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-23 classes', () => {
  it('reads a quoted question and the verb relaying it (-냐고 물어보시네요, -냐구 하시네여) as verbs, and chat 여 for 요', () => {
    for (const verb of ['개관하냐고', '얼마냐구', '물어보시네', '하시네여', '참여했어여', '되냐구']) expect(isPredicate(verb), verb).toBe(true);
    for (const noun of ['참여', '청년취업사관학교', '시네마테크']) expect(isPredicate(noun), noun).toBe(false);
  });

  it('answers what a call-centre agent relays, and still refuses what the report lacks', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 언제 개관하냐고 물어보시네요', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, '시네마테크 예산 얼마냐구 하시네여', AS_OF).text).toContain('26,482백만원');
    expect(answerQuestion(kb, '안심일자리 몇명 참여했어여?', AS_OF).text).toContain('6,344명');
    expect(answerQuestion(kb, '부산 서울큐브 언제 개관하냐고 물어보시네요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마테크 입장료 얼마냐구 하시네여', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads an analyst's words for the shape of the answer (분담 내역, 개막일 및 폐막일, 조례상 근거 법규, 제외한, 전년도 이월액)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 다목적체육관 총사업비 국비·시비 분담 내역', AS_OF).text).toContain('국 55억');
    expect(answerQuestion(kb, '서울혁신챌린지 개최 기간(개막일 및 폐막일)', AS_OF).text).toContain('2022년 3월 ~ 2023년 3월');
    expect(answerQuestion(kb, '청년취업사관학교 조례상 근거 법규', AS_OF).text).toContain('일자리정책 기본조례');
    expect(answerQuestion(kb, '안심일자리 소요예산 중 자치구 부담분을 제외한 시비', AS_OF).text).toContain('12,216백만원');
    expect(answerQuestion(kb, '시네마테크 건립 본예산과 전년도 이월액 구분', AS_OF).text).toContain('4,655백만원');
    // The same shapes for what the report does not give.
    expect(answerQuestion(kb, '서울혁신챌린지 2019년 개막일', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년인턴 직무캠프 2021년 국비·시비 분담 내역', AS_OF).text).toContain(NOT_FOUND);
  });

  it('takes 이면 (if it is) off a noun as a particle', () => {
    expect(stripParticle('중소기업이면')).toBe('중소기업');
  });

  it('reads a description pointed back at (… 뷰티 체험공간 그거 언제 오픈해요?) as the program it describes, and a place beside it still narrows', async () => {
    expect(sentencesOf('DDP에 생기는 뷰티 체험공간 그거 언제 오픈해요?')).toEqual(['DDP에 생기는 뷰티 체험공간 그거', '언제 오픈해요?']);
    expect(pointsAt('DDP에 생기는 뷰티 체험공간 그거')).toBe(true);
    expect(sentencesOf('그거 언제 열어')).toHaveLength(1);
    const kb = await realKnowledge();
    const opening = answerQuestion(kb, 'DDP에 생기는 뷰티 체험공간 그거 언제 오픈해요?', AS_OF);
    expect(opening.text).toContain('2022년 9월 30일');
    expect(opening.text).toContain('읽었습니다');
    expect(answerQuestion(kb, '부산 DDP에 생기는 뷰티 체험공간 그거 언제 오픈해요?', AS_OF).text).toContain(NOT_FOUND);
    // `동대문 DDP` is the report's own name for the venue, not a second place.
    expect(answerQuestion(kb, '동대문 DDP 뷰티복합문화공간 언제 오픈해요?', AS_OF).text).toContain('2022년 9월 30일');
  });

  it('never reads a verb asking whether (여는지) as a typo of another word, and reads 여는 as opening', async () => {
    expect(isSurelyVerb('여는지')).toBe(true);
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '시네마테크 언제 여는지 알려주세요', AS_OF);
    expect(answer.text).toContain('시설 개관: 2024년 3월');
    expect(answer.text).not.toContain('아는지');
  });

  it('drops a gloss the report writes for the same thing (FDI(외국인직접투자), a bracket copied from the program) but not one that narrows', async () => {
    expect(withoutEquivalentRepeats([['FDI', '외국인직접투자']])('서울투자청 FDI(외국인직접투자) 유치 실적')).toBe('서울투자청 FDI  유치 실적');
    expect(withoutEquivalentRepeats([['교육', '양성']])('AI 인재 양성 과정 교육 일정')).toBe('AI 인재 양성 과정 교육 일정');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울투자청 FDI(외국인직접투자) 유치 실적', AS_OF).text).toContain('456억원');
    expect(answerQuestion(kb, '서울형 청년인턴 직무캠프(직무훈련 3개월+인턴십 3개월 연계형) 사업의 소요예산', AS_OF).text).toContain('4,000백만원');
    expect(answerQuestion(kb, '서울투자청 FDI(외국인직접투자) 2019년 유치 실적', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구(부산 지점) 리모델링 비용', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울혁신챌린지(2019년 대회) 예산', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a suffix of kind or use (종사자용, 연계형) off a word the report uses, and only then', async () => {
    expect(withoutKindSuffix('종사자용', (w) => w === '종사자')).toBe('종사자');
    expect(withoutKindSuffix('어린이용', (w) => w === '종사자')).toBe('어린이용');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 종사자용 체육관 총사업비', AS_OF).text).toContain('154억원');
    expect(answerQuestion(kb, 'G밸리 어린이용 체육관 총사업비', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 대상 between two nouns as a link (참여자 대상 정규직 취업연계), 대상지 as a place asked, and a last verb of purpose as an aside', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '인턴십 참여자 대상 정규직 취업연계 지원 언제', AS_OF).text).toContain('2022년 11월 ~ 12월');
    expect(answerQuestion(kb, '인턴십 참여자 대상 해외연수 지원 언제', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울큐브 대상지 위치', AS_OF).text).toContain('소파로 126');
    expect(answerQuestion(kb, '도시형 소공인 지원 담당 부서 어디에요 연결해드릴려구요', AS_OF).text).toContain('뷰티패션산업과');
    expect(answerQuestion(kb, '부산 소공인 지원 담당 부서 어디에요 연결해드릴려구요', AS_OF).text).toContain(NOT_FOUND);
  });
});
