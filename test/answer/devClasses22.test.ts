import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { analyzeQuestion } from '../../src/answer/analyzeQuestion';
import { isSurelyVerb, sentencesOf, withDotAsJoint, withoutConditions, withoutPoliteBun, withoutSide, withoutVerbTail } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind51 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-22 classes', () => {
  it('splits a question into its sentences and the clause a linking -는데 ends, never inside a date', () => {
    expect(sentencesOf('기술교육원 나오면 취업 잘되나요? 작년 취업률이 몇퍼였어요?')).toEqual(['기술교육원 나오면 취업 잘되나요?', '작년 취업률이 몇퍼였어요?']);
    expect(sentencesOf('거래처 사장님이 물어보시는데 보험료 얼마까지 지원해주나요?')).toHaveLength(2);
    expect(sentencesOf("’22.11. 개관 예정인 곳 9.30. 기준 어디")).toHaveLength(1);
  });

  it('answers a question of several sentences from the one that asks, with the names the others give', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '저희 회사도 서울형 강소기업 신청할수 있나요? 어떤 회사가 대상이에요?', AS_OF).text).toContain('공공기관 인증');
    expect(answerQuestion(kb, '기술교육원 나오면 취업 잘되나요? 작년 취업률이 몇퍼였어요?', AS_OF).text).toContain('69.8%');
    // An aside after the question (who asked) is not what is asked.
    expect(answerQuestion(kb, '시네마테크 언제 문 열어요? 영화 좋아하시는 어르신이 물어보셔서요', AS_OF).text).toContain('2024년 3월');
  });

  it('refuses a question of several sentences when one asks about what the report lacks, or only an aside is left', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '부산 청년취업사관학교도 있어? 예산 얼마야', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '12월에 청계광장 크리스마스마켓 하나요? 일정 알려주세요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '매출채권 보험료 지원 신청 마감일이 언제야? 거래처에서 물어봐서', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마테크 언제 문 열어요? 입장료는 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads honorific and "if" verbs as verbs (아세요, 좋아하시는, 뽑히면), and never reads a verb as a typo of another (들었는지 is not 늘었는지)', async () => {
    for (const verb of ['들었', '아세', '뽑히면', '잘되']) expect(isSurelyVerb(verb), verb).toBe(true);
    for (const noun of ['산업용지', '챌린지', '예싼']) expect(isSurelyVerb(noun), noun).toBe(false);
    const kb = await realKnowledge();
    const cost = answerQuestion(kb, 'DDP 뷰티복합문화공간 조성비가 얼마 들었는지 아세요?', AS_OF);
    expect(cost.text).toContain('1,050백만원');
    expect(cost.text).not.toContain('늘었');
    expect(answerQuestion(kb, '테스트베드 실증사업 뽑히면 과제하나당 최대 얼마까지 받을수있어요?', AS_OF).text).toContain('4억원');
    // The same shapes about what the report does not give stay refused.
    expect(answerQuestion(kb, 'DDP 뷰티복합문화공간 운영비는 얼마 들었는지 아세요? 작년 기준으로요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '테스트베드 실증사업 뽑히면 과제하나당 인건비는 얼마까지 받을수있어요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads who may take part asked about the taker (어떤 회사가 받을수있어요, 받을 수 있는 회사) as the 대상 line, and 생기나요 as a verb', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원은 어떤 회사가 받을수있어요?', AS_OF).text).toContain('200억 미만');
    expect(answerQuestion(kb, '동작구 청년취업사관학교는 어디에 생기나요?', AS_OF).text).toContain('노량진로 10');
    // A program without a 대상 line, and a place the report has no school in, stay refused.
    expect(answerQuestion(kb, '서울 글로벌 AI 컨퍼런스는 어떤 회사가 받을수있어요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산 청년취업사관학교는 어디에 생기나요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a period written the report's way ('22.10월, ’22.11월) as that month", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '’22.11월 개관 예정 시설', AS_OF).text).toContain('용산');
    expect(answerQuestion(kb, "'22.10월 해외 투자유치 설명회 일정?", AS_OF).text).toContain('GITEX');
    // A month with nothing of the kind stays refused, written either way.
    expect(answerQuestion(kb, '’22.8월 개관 예정 시설', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, "'22.12월 해외 투자유치 설명회 일정?", AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a payer written as a clause (시에서 부담하는 돈) as its budget part, 연결 as the report’s 연계, 크기 as an area, and 친구들, 공간 as soft words', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '안심일자리 예산중에 시에서 부담하는 돈은 얼마에요?', AS_OF).text).toContain('12,216백만원');
    expect(answerQuestion(kb, '직무캠프 인턴하는 친구들 정규직 연결은 언제쯤 해주나요?', AS_OF).text).toContain('2022년 11월');
    expect(answerQuestion(kb, '테크트레이드센터 공간 크기가 어느정도 되요?', AS_OF).text).toContain('1,758㎡');
    // The same shapes naming what the report does not give stay refused.
    expect(answerQuestion(kb, '청년취업사관학교 예산중에 시에서 부담하는 돈은 얼마에요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '직무캠프 해외 연결 언제', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '직무캠프 인턴하는 친구들 월급은 언제쯤 주나요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads people counted politely (직원분 몇분 계세요) as a count of people, and a progressive verb glued (참여하고있어요) as its noun', async () => {
    expect(withoutPoliteBun('직원분', (w) => w === '직원')).toBe('직원');
    expect(withoutPoliteBun('부담분', (w) => w === '부담')).toBe('부담분');
    expect(withoutVerbTail('참여하고있어요')).toBe('참여');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매칭 전담창구 직원분 몇분 계세요?', AS_OF).text).toContain('6명');
    expect(answerQuestion(kb, '안심일자리 폐업재기 디딤돌 분야는 몇명 참여하고있어요?', AS_OF).text).toContain('268');
    // Someone the report does not count, and a verb it does not state, stay refused.
    expect(answerQuestion(kb, '매칭 전담창구 변호사분 몇 명', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '안심일자리 폐업재기 디딤돌 분야는 몇명 탈락하고있어요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads English words mixed into Korean (how much, complete, Seoul Cube), and never reads a Latin short name inside a Latin word (TE in complete)', async () => {
    const kb = await realKnowledge();
    expect(analyzeQuestion(kb, '2023년 8월 complete 되는 센터 뭐예요?').text).not.toContain('Try Everything');
    expect(answerQuestion(kb, '2023년 8월 complete 되는 센터 뭐예요?', AS_OF).text).toContain('AI지원센터');
    expect(answerQuestion(kb, 'Seoul Cube 언제 open 해요?', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, '양재 AI 혁신지구 budget how much?', AS_OF).text).toContain('262억원');
    // The same English asking what the report does not give stays refused.
    expect(answerQuestion(kb, '2025년 8월 complete 되는 센터 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, 'Seoul Cube hourly pay how much?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a dictated request: hedges (걸로 아는데, 확인 가능할까요, 최종적으로) are not asked about, and a clause naming the topic (… 말인데요,) is', async () => {
    const kb = await realKnowledge();
    const hedge = '서울 시네마테크는 지금 공사 중인 걸로 아는데, 최종적으로 ';
    expect(answerQuestion(kb, `${hedge}시설 개관이 언제로 잡혀 있는지 확인 부탁드립니다.`, AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, `${hedge}입장료가 얼마로 잡혀 있는지 확인 부탁드립니다.`, AS_OF).text).toContain(NOT_FOUND);
    const topic = (what: string) => `서울형 뉴딜일자리 참여자 ${what} 말인데요, 가장 최근 수치가 몇 퍼센트로 나와 있는지 확인 가능할까요?`;
    expect(answerQuestion(kb, topic('취업률'), AS_OF).text).toContain('58.4%');
    expect(answerQuestion(kb, topic('이직률'), AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a report named only in an aside sentence (지난 보고 때 들었는데) as no report asked, and still refuses one asked for', async () => {
    const kb = await realKnowledge();
    const aside = ' 지난 보고 때 들었는데 기억이 잘 안 나서요.';
    expect(answerQuestion(kb, `서울형 뉴딜일자리 예산에 올해 1차 추경으로 들어간 금액이 얼마였는지 좀 알려주시겠어요?${aside}`, AS_OF).text).toContain('8,719백만원');
    expect(answerQuestion(kb, '지난 보고서에서 뉴딜일자리 예산 얼마였어? 올해 거랑 비교하려고', AS_OF).text).toContain('지난 보고서는 불러온 보고서에 없습니다');
    // A question mark inside what is carried over never splits the question again.
    expect(answerQuestion(kb, '부산은? 청년취업사관학교 예산 얼마야?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('keeps a place named in a hearsay clause (노원에도 … 생긴다던데), and never answers who with the date in a condition (완공되면 … 누가 맡아)', async () => {
    expect(withoutConditions('AI지원센터 완공되면 운영은 누가 맡아?')).toBe('AI지원센터 운영은 누가 맡아?');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '노원에도 청년취업사관학교 생긴다던데 언제 개관해요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '마포에도 청년취업사관학교 생겼다던데 언제 개관했어요?', AS_OF).text).toContain('2022년 4월');
    expect(answerQuestion(kb, '양재 AI지원센터 완공되면 운영은 누가 맡아?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '양재 AI지원센터 완공 언제야?', AS_OF).text).toContain('2023년 8월');
  });

  it('reads 다다음 달 and 내후년 as two months and two years on, and a budget asked as 편성액 with a yes/no (40억 맞음?, 400억 넘어?)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '다다음 달 싱가포르 가는 일정 뭐야', AS_OF).text).toContain('싱가포르 핀테크');
    expect(answerQuestion(kb, '내후년 개관하는 시설 뭐야', AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, '청년인턴 직무캠프 편성액 40억 맞음?', AS_OF).text).toContain('4,000백만원');
    expect(answerQuestion(kb, '캠퍼스타운 올해 사업예산 총액 400억 넘어?', AS_OF).text).toContain('40,346백만원');
    // Nothing of the kind then, or a part the report does not give, stays refused.
    expect(answerQuestion(kb, '다다음 달 파리 가는 일정 뭐야', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '내후년 착공하는 시설 뭐야', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년인턴 직무캠프 국비 편성액 몇 억이야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a neighbourhood with 쪽 glued on (청량리쪽에) as the place, and 번지 as an address', async () => {
    expect(withoutSide('청량리쪽', () => false)).toBe('청량리');
    expect(withoutSide('양쪽', () => false)).toBe('양쪽');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청량리쪽에 짓는 홍릉 R&D지원센터 정확한 번지 알려주세요', AS_OF).text).toContain('206-54');
    // A neighbourhood the program is not in stays refused.
    expect(answerQuestion(kb, '노원쪽 청년취업사관학교 주소', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '마곡쪽에 짓는 홍릉 R&D지원센터 정확한 번지 알려주세요', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers a department's figure asked through what it does (캠퍼스타운 담당 과 정원 현원), both the department and the figure", async () => {
    const kb = await realKnowledge();
    const headcount = answerQuestion(kb, '캠퍼스타운 담당 과 정원 현원 몇이야', AS_OF).text;
    expect(headcount).toContain('캠퍼스타운활성화과');
    expect(headcount).toContain('17명');
    expect(answerQuestion(kb, 'G밸리 업무 보는 과가 어디고 정원 몇명이에요', AS_OF).text).toContain('27명');
    expect(answerQuestion(kb, "서울투자청 설립 업무 소관 부서의 '22.8.29. 기준 예산현액을 확인 부탁드립니다.", AS_OF).text).toContain('26,003');
    // Which department, asked with 어디, is a department and not an address; nothing the duties name is refused.
    const which = answerQuestion(kb, 'G밸리 업무 보는 과가 어디야', AS_OF).text;
    expect(which).toContain('전략산업기반과');
    expect(which).not.toContain('구로동');
    expect(answerQuestion(kb, '드론쇼 담당 과 정원 현원 몇이야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 끝난데 (the ones finished) as a verb, 몇 만명 as a count of people, and 다른 as a soft word', async () => {
    for (const verb of ['끝난데', '마친데']) expect(isSurelyVerb(verb), verb).toBe(true);
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '마곡 입주계약한 회사 중에 준공 끝난데 몇 곳이에요?', AS_OF).text).toContain('준공 126개');
    expect(answerQuestion(kb, 'Try Everything 규모, 참여인원 몇 만명 잡았어', AS_OF).text).toContain('6만여명');
    expect(answerQuestion(kb, '추계 서울패션위크 DDP 말고 다른 장소에서도 해요?', AS_OF).text).toContain('광화문광장');
    // What the report does not count stays refused.
    expect(answerQuestion(kb, '마곡 입주계약한 회사 중에 폐업 끝난데 몇 곳이에요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, 'Try Everything 규모, 자원봉사자 몇 만명 잡았어', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 한명 as the report’s 1인 (per person), never inside another phrase (참여한 사람 수)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '강소기업으로 뽑히면 청년 한명 채용할때 최대 얼마 받아요?', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '강소기업으로 뽑히면 청년 한명 해고할때 최대 얼마 받아요?', AS_OF).text).toContain(NOT_FOUND);
    expect(analyzeQuestion(kb, '안심일자리 지금까지 참여한 사람 수').text).not.toContain('1인');
  });

  it('answers two figures or dates of one thing joined by a middle dot (본예산·이월액), never one of another program', async () => {
    expect(withDotAsJoint('시네마테크 본예산·이월액', () => false)).toBe('시네마테크 본예산랑 이월액');
    expect(withDotAsJoint('중소·벤처·창업기업 지원', () => false)).toBe('중소·벤처·창업기업 지원');
    const kb = await realKnowledge();
    const both = answerQuestion(kb, "시네마테크 '22 본예산·이월액", AS_OF).text;
    expect(both).toContain('4,512백만원');
    expect(both).toContain('4,655백만원');
    // A part another program answers (조성비 of 뷰티복합문화공간) never joins; the comma's two questions still do.
    const comma = answerQuestion(kb, '청년일자리 매칭 전담창구 예산 중 리모델링·조성비는 얼마고, 전체 예산은 얼마인가요?', AS_OF).text;
    expect(comma).toContain('400백만원');
    expect(comma).not.toContain('뷰티복합문화공간');
    expect(answerQuestion(kb, "시네마테크 '22 본예산·추경액", AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a former site (옛날 … 자리에 짓는), 총공사비, 들어와있어, 대줘 and 관련된거 in everyday words', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '옛날 애니센터 자리에 짓는 서울큐브 총공사비 얼마임?', AS_OF).text).toContain('100,781백만원');
    expect(answerQuestion(kb, 'G밸리에 회사 몇개나 들어와있어?', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, '매출채권보험 들면 회사당 보험료 최대 얼마까지 대줘요?', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '우크라이나 관련된거 뭐 있어요?', AS_OF).text).toContain('우크라이나');
    expect(answerQuestion(kb, '옛날 애니센터 자리에 짓는 서울큐브 입장료 얼마임?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '우주항공 관련된거 뭐 있어요?', AS_OF).text).toContain(NOT_FOUND);
  });
});

