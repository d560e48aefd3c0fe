import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind82 (a dev set since), each tested both ways. */
describe('stop-26 classes', () => {
  it('reads a figure someone heard (한 60억쯤 된다던데, 50억이라고 들었는데) as the claim checked, then answers the question after it', async () => {
    const kb = await realKnowledge();
    const budget = answerQuestion(kb, '서울투자청 올해 사업예산이 한 60억쯤 된다던데 정확한 숫자가 뭐예요?', AS_OF).text;
    expect(budget).toContain('5,339백만원');
    expect(budget).toContain('“한 60억쯤”은 보고서와 다릅니다');
    expect(answerQuestion(kb, '서울형 청년인턴 직무캠프 예산이 40억이라고 들었는데 맞나요? 아니면 실제 금액 좀 알려주세요', AS_OF).text).toMatch(/4,000백만원[^]*“40억”은 보고서와 같습니다/);
    const dates = answerQuestion(kb, '트라이 에브리씽 2022가 9월 20일부터 사흘간이라던데 날짜 맞아요?', AS_OF).text;
    expect(dates).toContain('9월 21일');
    expect(dates).toContain('“9월 20일부터 사흘간”은 보고서와 다릅니다');
    expect(answerQuestion(kb, '서울투자청이 출자출연기관으로 정식 출범하는 게 2023년 목표라던데 맞아요?', AS_OF).text).toContain('2024년 6월');
    // The same shapes asking what the report lacks.
    expect(answerQuestion(kb, '서울투자청 올해 임차료가 한 60억쯤 된다던데 정확한 숫자가 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울형 청년인턴 직무캠프 숙박비가 50억이라고 들었는데 맞나요? 실제 금액 좀 알려주세요', AS_OF).text).toContain(NOT_FOUND);
    // A claim without a figure names what is asked: 11월 3일 is when, not a figure heard.
    expect(answerQuestion(kb, '11월 3일에 무슨 행사 있다던데 뭐예요?', AS_OF).text).not.toContain('말씀하신');
  });

  it('asks without a clause describing what the question then names (… 교육시켜주는 청년취업사관학교요, … 스케일업 돕는 동북권 지원센터), when the named program fits the description', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년 구직자들 SW·디지털 교육시켜주는 청년취업사관학교요, 그거 전체 소요 예산 규모가 얼마로 잡혀 있어요?', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '캠퍼스타운 출신 유망 스타트업 스케일업 돕는 동북권 지원센터 위치가 어디예요?', AS_OF).text).toContain('광진구 자양동');
    // A description the reports do not write, or that the named program does not fit, is not a description of it.
    expect(answerQuestion(kb, '어르신들 돌봐주는 동북권 지원센터 위치가 어디예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '반도체 설계 가르치는 청년취업사관학교 예산 얼마야?', AS_OF).text).toContain(NOT_FOUND);
    // A place the clause says is where the thing is: the 중구 장교동 centre is another centre of the name.
    expect(answerQuestion(kb, '노량진에 있는 청년일자리센터 주소 알려줘', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a run-on question typed without punctuation (… 예산 얼마야 우리 공장도 참여해볼까 해서) as the question, then why it is asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울패션위크 예산 얼마야 우리 공장도 참여해볼까 해서', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, 'G밸리 다목적체육관 언제 다 지어져 그때쯤이면 우리 직원들도 쓸 수 있을라나', AS_OF).text).toContain('2023년 12월');
    // The same shapes asking what the report lacks.
    expect(answerQuestion(kb, '서울패션위크 입장료 얼마야 우리 공장도 참여해볼까 해서', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, 'G밸리 수영장 언제 다 지어져 그때쯤이면 우리 직원들도 쓸 수 있을라나', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a verb the reports do not write in a describing clause (허물고 새로 짓는 서울큐브) as describing nothing', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, "옛 애니메이션센터 허물고 새로 짓는 서울큐브, '22년 예산 얼마 책정됐는지 확인 부탁드려요", AS_OF).text).toContain('5,539백만원');
    expect(answerQuestion(kb, '옛 애니메이션센터 허물고 새로 짓는 서울큐브, 입장료 얼마인지 확인 부탁드려요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, "옛 시청 허물고 새로 짓는 서울큐브, '22년 예산 얼마 책정됐는지 확인 부탁드려요", AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads an event planner's words: booth is 부스, a show 올라가요", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울뷰티위크 인디 브랜드 엑스포 전시 booth 몇 개 정도 운영해요?', AS_OF).text).toContain('40개');
    expect(answerQuestion(kb, '이번 추계 패션위크 오프라인 패션쇼는 몇 개나 올라가요?', AS_OF).text).toContain('35개');
    expect(answerQuestion(kb, '서울뷰티위크 인디 브랜드 엑스포 booth 임대료 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('answers a field of a program asked with 올해 (Try Everything 올해 메인 테마가 뭐예요?) from its overview, never with its calendar', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 올해 메인 테마(주제)가 뭐예요? 키비주얼 톤 맞추려고요', AS_OF).text).toContain('Zero to Hero');
    expect(answerQuestion(kb, 'Try Everything 올해 참가 대상이 뭐예요?', AS_OF).text).not.toContain('일정');
    expect(answerQuestion(kb, '서울투자청 올해 임대료가 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a loan officer's and a shop owner's words (외상매출 보험 is 매출채권보험; 혜택 봤어요 is 지원받았어요)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '외상 보험료 지원 우리 회사도 되나 매출 기준 같은거 있어', AS_OF).text).toContain('매출액 200억 미만');
    expect(answerQuestion(kb, '외상매출 보험 가입하려면 어디 가서 접수해야돼 서울에 센터 몇군데 있다던데', AS_OF).text).toContain('신용보험센터');
    expect(answerQuestion(kb, '매출채권 보험료 지원, 지금까지 몇 개 업체가 혜택 봤어요?', AS_OF).text).toContain('476개 업체');
    expect(answerQuestion(kb, '외상 보험료 지원 우리 회사도 되나 업력 기준 같은거 있어', AS_OF).text).toContain(NOT_FOUND);
  });

  it('counts bodies asked in 곳 by the plain 개 they are written with (기관 몇 곳이나 → 50여개 기관)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 오픈이노베이션 선포식에 기관 몇 곳이나 참여해요?', AS_OF).text).toContain('50여개 기관');
    expect(answerQuestion(kb, 'Try Everything 오픈이노베이션 선포식에 대사관 몇 곳이나 참여해요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks of the program a clause describes when the question names it only as 사업 or 데 (… 연결해주는 창구 만드는 데 예산)', async () => {
    const kb = await realKnowledge();
    const budget = answerQuestion(kb, '청년이랑 회사를 직접 연결해주는 창구 만드는 데 예산 얼마 썼어요?', AS_OF).text;
    expect(budget).toContain('400백만원');
    expect(budget).toContain('으로 읽었습니다');
    expect(answerQuestion(kb, '청년이랑 회사를 직접 연결해주는 창구 만드는 데 임대료 얼마 썼어요?', AS_OF).text).toContain(NOT_FOUND);
    // A clause before whom the asker addresses asks nothing of a program; a noun with its topic particle is no verb.
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 전화번호 아시는 분', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울 시네마테크 상영관 좌석 수는 몇 석인가요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("shows the bullets written under an overview field (지원규모's 집중육성 and 맞춤지원), never a field of another kind under it (규모's 주요 인사)", async () => {
    const kb = await realKnowledge();
    const scale = answerQuestion(kb, '중소패션업체 온라인 판로확장 지원규모 알려줘', AS_OF).text;
    expect(scale).toContain('총 200업체');
    expect(scale).toContain('집중육성: 글로벌 이커머스 입점한 디지털 리더그룹 30개사');
    expect(scale).toContain('맞춤지원:');
    const event = answerQuestion(kb, 'Try Everything 규모 알려줘', AS_OF).text;
    expect(event).toContain('6만여명');
    expect(event).not.toContain('주요인사');
  });

  it("answers a question relayed in quotes (시민 문의 '청년 취업 1:1 매칭해주는 창구' 어디 있어요)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, "시민 문의 '청년 취업 1:1 매칭해주는 창구' 어디 있어요", AS_OF).text).toContain('중구 장교동');
    expect(answerQuestion(kb, "시민 문의 '청년 취업 1:1 매칭해주는 창구' 전화번호 뭐예요", AS_OF).text).toContain(NOT_FOUND);
    // A quote opening with a month is a quote, not a year's apostrophe.
    expect(answerQuestion(kb, "시민 '10월 중순에 노들섬에서 하는 음악 행사' 문의, 그거 뭐임", AS_OF).text).toContain('서울뮤직페스티벌');
    expect(answerQuestion(kb, "시민 '10월 중순에 노들섬에서 하는 미술 행사' 문의, 그거 뭐임", AS_OF).text).toContain(NOT_FOUND);
    // A quoted name with no question word in or after it asks nothing by itself.
    expect(answerQuestion(kb, 'Ⅳ-5 ② 「ON서울 마켓」 시즌2 추진실적 표에서 라이브커머스 매출액은?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads the old formal style (뽑소, 것이오, 합디까) as endings and 몇 사람 as a count of people', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년 인턴 직무캠프는 청년을 몇 명이나 뽑소?', AS_OF).text).toContain('350명');
    expect(answerQuestion(kb, '서울형 뉴딜일자리 몇 사람 뽑아요?', AS_OF).text).toContain('4,200명');
    expect(answerQuestion(kb, '청년 인턴 직무캠프는 강사를 몇 명이나 뽑소?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울형 뉴딜일자리 통역사 몇 사람 뽑아요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a foreign resident's English words for the report's (festival date, investment agency, budget how much)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything festival date 언제예요?', AS_OF).text).toContain('9월 21일');
    expect(answerQuestion(kb, '서울투자청 investment agency 올해 budget how much?', AS_OF).text).toContain('5,339백만원');
    expect(answerQuestion(kb, '서울투자청 investment agency 올해 rent how much?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, 'Try Everything venue 어디예요?', AS_OF).text).toContain('동대문디자인플라자');
    expect(answerQuestion(kb, 'Try Everything parking 어디예요?', AS_OF).text).toContain(NOT_FOUND);
    // A word joined by a hyphen is a name of its own: Job-코디 is not 일자리-코디.
    expect(answerQuestion(kb, '청년취업사관학교 Job-코디 몇 명 배치돼 있어요?', AS_OF).text).not.toContain(NOT_FOUND);
  });

  it('reads a name said with its forgotten part replaced (캠퍼스 무슨 타운, 시네마 뭐시기)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스 무슨 타운 올해 예산 얼마요?', AS_OF).text).toContain('40,346백만원');
    expect(answerQuestion(kb, '캠퍼스 무슨 파크 올해 예산 얼마요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 많이 받아야 as the most paid, and a program half remembered (시네마 뭐시기, 청년 학교) by its short name', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뉴딜일자리 한 달에 많이 받아야 얼마까지 받아요?', AS_OF).text).toContain('236만원');
    expect(answerQuestion(kb, '뉴딜일자리 한 달에 교통비 많이 받아야 얼마까지 받아요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마 뭐시기 총사업비 얼마요?', AS_OF).text).toContain('26,482백만원');
    expect(answerQuestion(kb, '청년 학교 마포 주소 어디요?', AS_OF).text).toContain('백범로31길 21');
    expect(answerQuestion(kb, '청년 학교 부산 주소 어디요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers what the report lacks with something near it (blind84: areas for 취업 제일 잘 되는 곳, staff for visitors a year, any 박람회 for a 게임 박람회)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 캠퍼스 중에 가장 넓은 곳은?', AS_OF).text).toContain('3,611.31');
    expect(answerQuestion(kb, '청년취업사관학교 캠퍼스 중에 취업 제일 잘 되는 곳이 어디예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울시립과학관 직원 몇 명이에요?', AS_OF).text).toContain('18명');
    expect(answerQuestion(kb, '서울시립과학관에는 1년에 사람들이 몇 명이나 와요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '12월에 서울시에서 하는 게임 박람회 같은 거 있나요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a student's words for the execution rate (쓴 비율, 실제로 쓴 돈)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '미디어콘텐츠산업과 쓴 비율 몇 %?', AS_OF).text).toContain('40.1%');
    // A percentage asked is answered with one or not at all (never the unit's staff row).
    expect(answerQuestion(kb, '미디어콘텐츠산업과 남은 비율 몇 %?', AS_OF).text).toContain(NOT_FOUND);
  });
});
