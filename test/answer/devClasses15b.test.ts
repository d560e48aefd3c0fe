import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind24 (a dev set since its first contact in stop 15), each tested both ways. */
describe('stop-15 blind24 classes', () => {
  it('reads asides and everyday words (아시는 분, 가을, 상한선, 얼만가요, 받을수) as the report’s', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '혹시 청년취업사관학교 사업비 총액 아시는 분?', AS_OF).found).toBe(true);
    expect(answerQuestion(kb, '가을 서울패션위크 예산 얼마로 하는지 아시나요', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '매출채권보험 보험료 지원 업체당 상한선 얼마야', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '바이오AI산업과 예산현액 얼만가요', AS_OF).found).toBe(true);
    expect(answerQuestion(kb, '강소기업이 청년 정규직 채용하면 1인당 최대 얼마까지 받을수 있어요?', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '미래혁신성장펀드 스마트시티 분야 조성목표 액수', AS_OF).text).toContain('2,655억원');
    expect(answerQuestion(kb, '미래혁신성장펀드 조성목표 1등 분야', AS_OF).text).toContain('창업지원 3,500');
    // The spring edition is not the autumn one: the report has no 춘계 budget.
    expect(answerQuestion(kb, '봄철 서울패션위크 예산 얼마로 하는지 아시나요', AS_OF).found).toBe(false);
  });

  it('reads a field asked with whose it is or its range (이용 연령, 지원 대상 나이대) as the 대상', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매칭 전담창구 이용 가능한 청년 연령 범위?', AS_OF).text).toContain('만15세~39세');
    expect(answerQuestion(kb, '청년취업사관학교 지원 대상 나이대가 어떻게 돼요?', AS_OF).text).toContain('20 ~ 30대');
    // A qualifier does not make another field: the report gives no fee.
    expect(answerQuestion(kb, '전담창구 이용 요금', AS_OF).found).toBe(false);
  });

  it('refuses a contractor the report does not name (대행사)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 전문용역 맡은 대행사 어디야', AS_OF).found).toBe(false);
  });

  it('reads a place the program’s own address gives (DDP 디자인장터 내) as naming its facts', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'DDP 뷰티복합문화공간 오픈 날짜 알려줘', AS_OF).text).toContain('9월 30일');
    expect(answerQuestion(kb, 'DDP 뷰티복합문화공간 조성비만 따로 보면 얼마예요', AS_OF).text).toContain('1,050백만원');
    // A place of another program's address does not name this one.
    expect(answerQuestion(kb, '노들섬 뷰티복합문화공간 개관', AS_OF).found).toBe(false);
  });

  it('prefers the line naming the noun asked which of (어느 대학 → 운영대학), and an organisation only when one is named', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 어느 대학들에서 운영해?', AS_OF).text).toContain('고려대, 연세대, 서울시립대');
    expect(answerQuestion(kb, '서울패션허브 어느 기관이 운영해', AS_OF).text).toContain('디쓰리디');
    // `재단` that cuts fabric is no foundation.
    expect(answerQuestion(kb, '창작뜰 어느 재단이 운영해', AS_OF).text).not.toContain('재단까지');
  });

  it('blind25 classes: a count of people with a year is no calendar question; an organisation asked as 기관/업체 어디', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 2023년 훈련인원 몇 명으로 계획돼 있어?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '22년 11월에 개관하는 곳 몇 개', AS_OF).text).toContain('3건');
    expect(answerQuestion(kb, '직무캠프 교육기관 어디어디 선정됐어요?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '전담창구 운영 위탁 업체 어디야?', AS_OF).text).toContain('인크루트');
    // A bare 어디 is answered by a line that names what was asked itself, not by its section's neighbour.
    expect(answerQuestion(kb, '바이오·의료 국제 컨퍼런스 어디서 열려?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '권역별 패션지원센터 어디어디', AS_OF).text).toContain('동북권');
    // `짓고 있어` is a verb; `말고요` leaves out what comes before it, as `말고` does.
    expect(answerQuestion(kb, 'AI지원센터 어디에 짓고 있어?', AS_OF).text).toContain('태봉로');
    expect(answerQuestion(kb, '서울큐브 22년도 예산 얼마예요? 총사업비 말고요', AS_OF).headline).toContain('5,539백만원');
    expect(answerQuestion(kb, 'AI지원센터 어디에 짓고 있어? 부산에', AS_OF).found).toBe(false);
  });
});

