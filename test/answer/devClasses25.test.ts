import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { countedEvent, describesBack, quotedVerbNoun, sentencesOf, statesIntent, stripParticle, withoutAges } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind74 (a dev set since), each tested both ways. */
describe('stop-25 classes', () => {
  it('reads a verb told or quoted (뽑는다며, 붙었어) as no part of what is asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 청년 몇 명 뽑는다며?', AS_OF).text).toContain('350명');
    expect(answerQuestion(kb, '뉴딜일자리 추경으로 얼마 붙었어?', AS_OF).text).toContain('8,719백만원');
    // The same shapes naming what the report lacks.
    expect(answerQuestion(kb, '직무캠프 강사 몇 명 뽑는다며?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뉴딜일자리 2차 추경으로 얼마 붙었어?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers a press officer's question around what they will do with it (넣을 건데요, 넣을 거예요, 몇 억으로 적으면)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '보도자료에 쓸 건데요, 서울패션위크 예산 확인 부탁드립니다.', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '서울패션위크 개최기간요. 보도자료에 넣을 거예요', AS_OF).text).toContain('10월 10일');
    expect(answerQuestion(kb, '서울패션위크 예산 몇 억으로 적으면 돼요?', AS_OF).text).toContain('30억원');
    expect(answerQuestion(kb, '서울패션위크 입장료요. 보도자료에 넣을 거예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('keeps a question asked before an aside clause (… 한도가 얼마인지 보도용으로 확인 부탁드려요)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원 기업당 한도가 얼마인지 보도용으로 확인 부탁드려요', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '매출채권 보험료 지원 기업당 수수료가 얼마인지 보도용으로 확인 부탁드려요', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers a program's bare 몇 명 with its participants (참여대상), not a figure of its progress", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 몇 명?', AS_OF).text).toContain('350명');
    expect(answerQuestion(kb, '직무캠프 인원 몇 명?', AS_OF).text).toContain('350명');
  });

  it("answers a worker's check and question together (40대는 못 들어가? 대상이 누군데; 시 몫만 얼마야)", async () => {
    const kb = await realKnowledge();
    // An age the asker checks is not a word the answer must hold: the report's limit is the answer.
    expect(answerQuestion(kb, '청년취업사관학교 50대는 못 들어가? 대상이 누군데', AS_OF).text).toContain('20 ~ 30대');
    expect(answerQuestion(kb, '안심일자리 재산 기준 있어?', AS_OF).text).toContain('자산 4억 원 이하');
    expect(answerQuestion(kb, '안심일자리 돈 시랑 구가 나눠 내는 거지? 구 몫만 얼마야', AS_OF).text).toContain('26,398백만원');
    expect(answerQuestion(kb, '청년취업사관학교 강사 몇 명? 그거밖에 안 돼?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a description after the question (… 돈 준다는 그거) as naming nothing new', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '강소기업 사업 전체 예산 얼마예요? 청년 정규직 뽑으면 돈 준다는 그거', AS_OF).text).toContain('3,892백만원');
    expect(answerQuestion(kb, '강소기업 사업 2023년 예산 얼마예요? 청년 정규직 뽑으면 돈 준다는 그거', AS_OF).text).toContain(NOT_FOUND);
  });

  it('counts what went through the event asked (선정된 과제 몇 건), never another count of the line', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '테스트베드 최종 선정된 과제 몇 건이야', AS_OF).text).toContain('선정(10건)');
    expect(answerQuestion(kb, '테스트베드 2분기 최종 선정된 과제 몇 건이야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('refuses a list of names the report does not give, and gives one it does (명단)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '올해 신규 선정된 서울형 강소기업 명단(기업명) 받을 수 있을까요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '캠퍼스타운 종합형 선정 대학 명단', AS_OF).text).toContain('광운대');
  });

  it('ranks a breakdown asked among its items (분야 중에) by the column of people when people are asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뉴딜 공공기관형 분야 중에 사람 제일 많이 들어간 데가 어디야?', AS_OF).text).toContain('문화 988');
    expect(answerQuestion(kb, '뉴딜 공공기관형 분야 중에 사람 제일 적은 곳', AS_OF).text).toContain('교육·혁신 185');
    expect(answerQuestion(kb, '안심일자리 분야별로 보면 제일 많이 몰린 데가 어디야?', AS_OF).text).toContain('그린환경');
    expect(answerQuestion(kb, '뉴딜 공공기관형 분야 중에 예산 제일 많은 곳', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers the most or least asked with a line that has no figure', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 중에 창업기업 제일 많이 입주한 대학 어디', AS_OF).text).toContain(NOT_FOUND);
  });

  it('ranks two items named by what tells them apart (용산 캠퍼스랑 강동 캠퍼스), not every item', async () => {
    const kb = await realKnowledge();
    const two = answerQuestion(kb, '청년취업사관학교 용산 캠퍼스랑 강동 캠퍼스 중 면적 더 넓은 곳', AS_OF).text;
    expect(two).toContain('용산 2,254.5㎡');
    expect(two).not.toContain('영등포');
  });

  it("reads a press officer's words for how to write it (정식 명칭으로, 문구 영문 그대로) as no part of what is asked", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 장소 정식 명칭으로 부탁드려요', AS_OF).text).toContain('동대문디자인플라자');
    expect(answerQuestion(kb, 'Try Everything 올해 주제 문구 영문 그대로 부탁드려요', AS_OF).text).toContain('Zero to Hero');
    expect(answerQuestion(kb, 'Try Everything 후원사 정식 명칭으로 부탁드려요', AS_OF).text).toContain(NOT_FOUND);
  });

  it("never answers with one table row's name and another row's field (서울패션위크 주제 is 서울디자인's row)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울패션위크 주제 문구 영문 그대로 부탁드려요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울디자인 2022 주제', AS_OF).text).toContain('Beautiful Life');
  });

  it('lists only facilities opening their doors in the month asked (문 여는), never a span the month falls in', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '2022년 11월에 문 여는 청년 관련 시설 있어요?', AS_OF).text).toContain('용산');
    expect(answerQuestion(kb, '2023년 7월에 문 여는 청년 관련 시설 있어요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('answers 몇 층 with a floor, never with a place or an area alone', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 마포 캠퍼스 몇 층이에요?', AS_OF).text).toContain('9층');
    expect(answerQuestion(kb, '뷰티복합문화공간이 DDP 디자인장터 안이라던데 몇 층이에요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads what happens before the event asked (인턴십 마치고 나서, 준공 이후) as no part of the event', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 인턴십 마치고 나서 정규직 취업 연계는 언제야', AS_OF).text).toContain('2022년 11월 ~ 12월');
    expect(answerQuestion(kb, '서울큐브 신축 준공 이후 실제 시설 개관 시점이 언제예요?', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, '서울큐브 신축 준공 이후 입주 시점이 언제예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('finds the department of either duty offered (관리나 … 문제), asked with whom to consult (어느 부서랑 협의)', async () => {
    const kb = await realKnowledge();
    const either = answerQuestion(kb, '공단(산업단지) 관리나 공장 입지 문제는 어느 부서랑 협의해야 돼요?', AS_OF).text;
    expect(either).toContain('전략산업기반과');
    expect(either).not.toContain('협의회');
    expect(answerQuestion(kb, '주차장 관리나 공원 입지 문제는 어느 부서랑 협의해야 돼요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("keeps a background's duty words when the question names only the city (서울시에서는 어느 과가 그 업무를)", async () => {
    const kb = await realKnowledge();
    const asked = '학생들 직업훈련 과정이나 취업센터 관련해서 협조 공문을 보내려고 하는데, 서울시에서는 어느 과가 그 업무를 맡고 계신가요?';
    expect(answerQuestion(kb, asked, AS_OF).text).toContain('일자리정책과');
  });

  it('reads 중에 (of, among) as naming nothing, and counts rooms (몇 실) as the report writes them (개실)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 다목적체육관 건립비 중에 구비 분담액은?', AS_OF).text).toContain('구 69억');
    expect(answerQuestion(kb, '마곡 입주계약 기업 중에 건물 준공까지 끝낸 곳 몇 개예요?', AS_OF).text).toContain('126개');
    expect(answerQuestion(kb, 'G밸리 창업큐브 몇 실이야', AS_OF).text).toContain('58개실');
    expect(answerQuestion(kb, '마곡 입주계약 기업 중에 폐업한 곳 몇 개예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a counsellor's reason after the question (… 맞을지 궁금해서요) as asking nothing, and a line labelled with the item asked as saying what it is", async () => {
    const kb = await realKnowledge();
    const dt = answerQuestion(kb, '청년취업사관학교 DT과정은 개발 말고 어떤 걸 배우는 과정인가요? 비전공 학생들한테 맞을지 궁금해서요', AS_OF).text;
    expect(dt).toContain('디지털 마케팅');
    expect(answerQuestion(kb, '청년취업사관학교 DT과정 수강료는 얼마인가요? 비전공 학생들한테 맞을지 궁금해서요', AS_OF).text).toContain(NOT_FOUND);
    // A value asked of a field many programs state (공정률) is still theirs to choose between.
    expect(answerQuestion(kb, '공정률 몇프로야', AS_OF).candidates.length).toBeGreaterThan(1);
  });

  it('refuses a follow-up about something named before that the report does not have (청년수당, 노인일자리)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년수당 받고 싶은데 신청 기간이 언제예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '노인일자리, 어르신들 하시는 공공형 그거 올해 서울에서 몇 명 뽑아요?', AS_OF).text).toContain(NOT_FOUND);
    // Described by words the report does not write (`배달앱 수수료`), beside only a short one it does (`지원`).
    expect(answerQuestion(kb, '배달앱 수수료 지원해주는 거 있잖아요, 그거 어떻게 신청해요?', AS_OF).text).toContain(NOT_FOUND);
    // The same shapes naming what it has.
    expect(answerQuestion(kb, '직무캠프 참여하고 싶은데 인원이 몇 명이에요?', AS_OF).text).toContain('350명');
  });

  it("reads a clerk relaying a resident (할머니가 … 여쭤보시는데, 어르신이 … 물어보세요) and an assistant's English words (theme, dates, max, carry-over)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '할머니가 손주 때문에 여쭤보시는데, 청년취업사관학교는 몇 살 정도 돼야 들어갈 수 있어요?', AS_OF).text).toContain('20 ~ 30대');
    expect(answerQuestion(kb, '안심일자리 하반기 거는 며칠까지 일하는 거예요? 어르신이 끝나는 날짜를 물어보세요', AS_OF).text).toContain('12.20');
    expect(answerQuestion(kb, 'Try Everything 2022 행사 theme이 뭐였죠?', AS_OF).text).toContain('Zero to Hero');
    expect(answerQuestion(kb, "시네마테크 프로젝트 '22년 예산 중에 이월(carry-over)된 금액은 얼마인가요?", AS_OF).text).toContain('4,655백만원');
    expect(answerQuestion(kb, '할머니가 손주 때문에 여쭤보시는데, 청년취업사관학교는 수업료가 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('finds a department asked with its copula (어느 과예요) and the office or city named (경제정책실, 시청)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '일자리센터 운영하는 게 경제정책실 어느 과예요?', AS_OF).text).toContain('일자리정책과');
    expect(answerQuestion(kb, '외국인학교 지원은 시청 어느 과 소관이에요?', AS_OF).text).toContain('금융투자과');
    expect(answerQuestion(kb, '경로당 운영하는 게 경제정책실 어느 과예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('sums what is asked with 다 합쳐서 (기술교육원에서 올해 배우는 사람 다 합쳐서 몇 명)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원에서 올해 배우는 사람 다 합쳐서 몇 명이에요?', AS_OF).text).toContain('6,026명');
  });

  it('reads 많이 받으면 얼마까지 as the most a worker is paid (월 최대), not the budget', async () => {
    const kb = await realKnowledge();
    const asked = '어르신 아드님이 실직하셔서 서울시 뉴딜일자리 알아보신대요. 한 달에 많이 받으면 얼마까지 받아요?';
    expect(answerQuestion(kb, asked, AS_OF).text).toContain('236만원');
    expect(answerQuestion(kb, '직무캠프 인턴 한 달에 많이 받으면 얼마까지 받아요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a description ending in 같은 거 before the question word as the program it describes', async () => {
    const kb = await realKnowledge();
    const asked = '할머니가 손주 때문에 그러시는데, 용산 청파로에 생긴다는 청년 코딩학교 같은 거 언제 문 열어요?';
    expect(answerQuestion(kb, asked, AS_OF).text).toContain('용산 개관: 2022년 11월');
    // A kind asked (`기준 같은 거 있어요?`) is no description.
    expect(answerQuestion(kb, '어르신이 물어보시는데 안심일자리 아무나 할 수 있어요? 재산이나 소득 기준 같은 거 있어요?', AS_OF).text).toContain('4억 원 이하');
  });

  it('refuses a link, phone number or site asked of a program the report gives none for, whatever line mentions registering', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 2022 사전등록 사이트 링크 좀 주세요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년일자리 전담창구 전화번호 알려줘', AS_OF).text).toContain(NOT_FOUND);
    // A forwarded message's link labelled 링크 asks for no link.
    expect(answerQuestion(kb, '(전달) 테스트베드 서울 실증사업 과제당 최대 지원액이 얼마인지 궁금하답니다 <https://example.go.kr|링크>', AS_OF).found).toBe(true);
  });

  it('lists only milestones saying a two-script name asked (e스포츠) in the period', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '내년 상반기에 서울시가 여는 e스포츠 대회 일정이 어떻게 됩니까?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, "내년('23년)에 완공되는 바이오·AI 쪽 시설들이 어떤 게 있는지 알 수 있을까요?", AS_OF).text).toContain('AI지원센터');
  });

  it("reads a visiting official's honorific verbs (지원하실 때, 마련하셨는지요, 정하고 계십니까) as no part of what is asked", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료를 지원하실 때 기업 1곳당 상한을 얼마로 두셨습니까?', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '동북권 성장유망기업지원센터는 어느 곳에 마련하셨는지요?', AS_OF).text).toContain('자양동 2-3');
    expect(answerQuestion(kb, '청년취업사관학교의 교육 대상은 어떻게 정하고 계십니까?', AS_OF).text).toContain('20 ~ 30대');
    expect(answerQuestion(kb, '청년취업사관학교의 강사 자격은 어떻게 정하고 계십니까?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a briefing secretary's words (한 줄로 정리해줘, 요약하면, 핵심만) as how to answer, not what", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뉴딜일자리 사업규모(예산) 한 줄로 정리해줘', AS_OF).text).toContain('85,245백만원');
    expect(answerQuestion(kb, '마곡산단 올해 예산 핵심만', AS_OF).text).toContain('24억원');
    expect(answerQuestion(kb, 'G밸리 다목적체육관 착공·준공 시점 요약', AS_OF).text).toContain('2023년 12월');
    expect(answerQuestion(kb, '마곡산단 입주기업 매출 핵심만', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads an office no loaded report is of (문화본부 주요 업무보고) as a report named and missing', async () => {
    const kb = await realKnowledge();
    const missing = answerQuestion(kb, '문화본부 주요 업무보고 요약해줘', AS_OF);
    expect(missing.found).toBe(false);
    expect(missing.text).toContain('경제정책실 주요 업무보고 (2022년 9월)');
  });

  it("never re-asks forever a question whose reading reads back to itself (시민 '35살인데 신청 돼요?': blind80 crashed the engine)", async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, "청년인턴 직무캠프 나이 제한? 시민 '35살인데 신청 돼요?'", AS_OF);
    expect(answer.text).toContain('만 18세~34세');
  });

  it('never answers one place with another of the same name (노량진 청년일자리센터 is not the 중구 장교동 centre)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '노량진 청년일자리센터 주소 알려주세요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울시 청년일자리센터 주소 알려주세요', AS_OF).text).toContain('중구 장교동');
  });
});

describe('grammar of told verbs and purposes', () => {
  it('reads a verb told or quoted, and the noun it is made of', () => {
    expect(quotedVerbNoun('체결한다며')).toBe('체결');
    expect(quotedVerbNoun('뽑는다고')).toBe('');
    expect(quotedVerbNoun('맡았다는')).toBe('');
    expect(quotedVerbNoun('바다는')).toBeNull();
    expect(quotedVerbNoun('캠퍼스타운')).toBeNull();
  });

  it('tells a sentence of purpose from a question', () => {
    expect(statesIntent('보도자료 일정란에 넣을 거예요')).toBe(true);
    expect(statesIntent('자료에 쓸겁니다.')).toBe(true);
    expect(statesIntent('언제 열 거예요?')).toBe(false);
    expect(statesIntent('예산이 얼마예요')).toBe(false);
  });

  it('never leaves 으 of 으로 on a word', () => {
    expect(stripParticle('억으로')).toBe('억으로');
    expect(stripParticle('명칭으로')).toBe('명칭');
  });

  it('reads ages stated, descriptions pointing back and the event a count went through', () => {
    expect(withoutAges('청년취업사관학교 40대는 못 들어가?')).not.toContain('40');
    expect(withoutAges('만 35세도 돼?')).not.toContain('35');
    expect(withoutAges('3대 분야 예산')).toContain('3대');
    expect(describesBack('청년 정규직 뽑으면 돈 준다는 그거')).toBe(true);
    expect(describesBack('그거 언제 해?')).toBe(false);
    expect(sentencesOf('용산에 생긴다는 청년 코딩학교 같은 거 언제 문 열어요?')).toEqual(['용산에 생긴다는 청년 코딩학교 같은 거', '언제 문 열어요?']);
    expect(sentencesOf('소득 기준 같은 거 있어요?')).toEqual(['소득 기준 같은 거 있어요?']);
    expect(countedEvent('테스트베드 최종 선정된 과제 몇 건이야')).toBe('선정');
    expect(countedEvent('직무캠프 참여 청년 몇 명')).toBeNull();
  });
});
