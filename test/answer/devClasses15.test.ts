import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind23 (a dev set since stop 15), each tested both ways. */
describe('stop-15 dev-set classes', () => {
  it('reads everyday words for a programme field (운영사, 키노트 연사, 한달에) as the report’s', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '전담창구 위탁 운영사 어디로 됐어?', AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, '트라이에브리씽 키노트 연사 누구누구 나와?', AS_OF).text).toContain('타일러 코웬');
    expect(answerQuestion(kb, '뉴딜일자리 한달에 최대 얼마 받아요', AS_OF).text).toContain('236만원');
    // A fund manager (운용사) is a word of its own, never a typo of 운영사: the report names none.
    expect(answerQuestion(kb, '미래혁신성장펀드 운용사 리스트 알려줘', AS_OF).found).toBe(false);
    // A field the programme does not have is still not there.
    expect(answerQuestion(kb, '트라이에브리씽 키노트 연사 출연료', AS_OF).found).toBe(false);
  });

  it('leaves out asides around the question (아시는분, 정확한, 동안, 쓰는지) and reads 어딨 as where', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 패션위크 예산 얼마 쓰는지 아시는분', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '추계 패션위크 며칠 동안 하는거임', AS_OF).text).toContain('6일간');
    expect(answerQuestion(kb, '동북권 성장유망기업지원센터 어딨음', AS_OF).text).toContain('자양동');
    // `다 짓는게` is the completion, not the start of works.
    expect(answerQuestion(kb, 'G밸리 다목적 체육관 다 짓는게 언제야', AS_OF).text).toContain('2023년 12월');
    // An aside does not make an absent fact present.
    expect(answerQuestion(kb, '추계 패션위크 참가비 얼마 쓰는지 아시는분', AS_OF).found).toBe(false);
  });

  it('answers a month asked only with figures stated for it: a table for Jan–Jul or a yearly target is not August', async () => {
    const kb = await realKnowledge();
    for (const q of ['ON서울마켓 8월 한달 매출액', 'ON서울 마켓 8월 매출']) expect(answerQuestion(kb, q, AS_OF).found, q).toBe(false);
    expect(answerQuestion(kb, 'ON서울마켓 7월 매출액', AS_OF).text).toContain('309,532');
    expect(answerQuestion(kb, 'ON서울마켓 이커머스 매출액', AS_OF).text).toContain('308,099');
  });

  it('reads one name of a pair row label (학과/인원) as naming the row, with a column named', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '북부 기술교육원 훈련인원 몇 명이야', AS_OF).text).toContain('48/1,826');
    expect(answerQuestion(kb, '남부 기술교육원 학과수', AS_OF).text).toContain('19/833');
    // Without a column it is the line on every 기술교육원, not a row.
    expect(answerQuestion(kb, '기술교육원 훈련인원', AS_OF).text).toContain('6,026명');
  });

  it('answers an amount per company only with a line stating a cap (기업별 최대 … 한도)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권보험 보험료 지원 업체당 한도 얼마?', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '서울형 강소기업 근무환경개선금 1인당 최대 얼마 줘?', AS_OF).text).toContain('15백만원');
    // A programme stating no cap has none to give.
    expect(answerQuestion(kb, '청년취업사관학교 업체당 한도 얼마', AS_OF).found).toBe(false);
  });

  it('reads a year a milestone’s own heading states as its name, not its date (23년 캠퍼스타운 신규대학 공모)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '23년 캠퍼스타운 신규대학 제안서 평가위원회 며칠에 열렸어', AS_OF).text).toContain('8월 18일');
    // A year no heading states still dates what is asked.
    expect(answerQuestion(kb, '21년 캠퍼스타운 제안서 평가위원회 언제', AS_OF).found).toBe(false);
  });

  it('counts places and companies alike (몇 군데 → 68개사), reads 저조한 as the least and 뜻 as a plain ask', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 참여하는 기업 몇 군데야', AS_OF).text).toContain('68개사');
    expect(answerQuestion(kb, '지출 기준 집행률 제일 저조한 과가 어디야', AS_OF).text).toContain('31.3%');
    expect(answerQuestion(kb, '프롭테크가 뭔 뜻이야', AS_OF).text).toContain('부동산시장');
    expect(answerQuestion(kb, '청년수당 뜻이 뭐야', AS_OF).found).toBe(false);
  });

  it('reads a word ending in the noun its counter counts as the rest of it (입주기업 몇 개사 → 12,754개사 … 입주)', async () => {
    const kb = await realKnowledge();
    for (const q of ['G밸리 입주기업 몇개사야', 'G밸리 입주기업 몇 개사야', 'G밸리 입주 기업수 몇개나 돼요']) expect(answerQuestion(kb, q, AS_OF).text, q).toContain('12,754개사');
    expect(answerQuestion(kb, '직무캠프 참여기업 몇 개사', AS_OF).text).toContain('68개사');
    // The rest must still be there: G밸리 states no count of 협력기업.
    expect(answerQuestion(kb, 'G밸리 협력기업 몇 개사야', AS_OF).found).toBe(false);
  });

  it('answers a total asked (총 예산, 예산 총액) with the program’s own figure, not a row of its table', async () => {
    const kb = await realKnowledge();
    for (const q of ['중소벤처 R&D 지원사업 예산 총액 알려줘', '서울형 R&D 지원 총 예산 얼마임']) expect(answerQuestion(kb, q, AS_OF).text, q).toContain('22,000백만원');
    // A row named is still that row.
    expect(answerQuestion(kb, '서울형 팁스 예산', AS_OF).text).toContain('2,300백만원');
    // Several programs of that name are still offered, not one picked.
    expect(answerQuestion(kb, 'R&D 지원 총 예산', AS_OF).candidates.length).toBeGreaterThan(1);
  });

  it('reads a qualifier before an eligibility word (참여 자격, 이용 가능 나이, 지원 받으려면 … 조건) as asking for the 대상', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뉴딜일자리 참여 자격 뭐임', AS_OF).text).toContain('만 18세 이상');
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 이용 가능 나이', AS_OF).text).toContain('만15세~39세');
    expect(answerQuestion(kb, '매출채권 보험료 지원 받으려면 기업 매출 조건이 어떻게 돼', AS_OF).text).toContain('200억 미만');
    // A noun ending in 서 (증명서) is a thing asked for, not a verb: the report has none.
    expect(answerQuestion(kb, '뉴딜일자리 참여 자격 증명서', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '뉴딜일자리 자격 증명서', AS_OF).found).toBe(false);
  });

  it('answers an organisation asked for (시공사, 수행업체, 어느 기관) only with a line naming one', async () => {
    const kb = await realKnowledge();
    for (const q of ['서울바이오허브 글로벌협력동 시공사 어디', 'G밸리 IoT 아카데미 사업수행업체 어디 됐어', '직무캠프 직무교육 어느 교육기관에서 해? 기관명 알려줘']) {
      expect(answerQuestion(kb, q, AS_OF).found, q).toBe(false);
    }
    expect(answerQuestion(kb, '전담창구 운영기관 어디로 선정됐나요', AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, '기술교육원 위탁법인 어느 기관', AS_OF).text).toContain('한국생산성본부');
  });
});

