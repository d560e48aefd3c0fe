import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { districtStem, impliedCounter } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind66, 68 and 69 (each a dev set since), each tested both ways. */
describe('stop-24 classes', () => {
  it('answers where the report mentions something with the line writing it, even asked with 어디', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '시애틀 얘기 언급된 데 어디야', AS_OF).text).toContain('시애틀 현지 기업');
    expect(answerQuestion(kb, '보고서에 노들섬 등장하는 부분 있어?', AS_OF).text).toContain('노들섬');
    expect(answerQuestion(kb, 'IBK 기업은행 기재된 맥락 좀', AS_OF).text).toContain('매칭데이');
    // Like Ctrl-F: every line writing it (up to three), in the report's order.
    const kaist = answerQuestion(kb, '카이스트 등장하는 부분', AS_OF);
    expect(kaist.text).toContain('AI대학원');
    expect(kaist.text).toContain('제2기 카이스트');
    // The same shapes naming what no report writes.
    expect(answerQuestion(kb, '도쿄 얘기 언급된 데 어디야', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '보고서에 여의도공원 등장하는 부분 있어?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('finds a quoted phrase as written, with the bullet it hangs under, and refuses one no line writes', async () => {
    const kb = await realKnowledge();
    const said = answerQuestion(kb, '“약자와의 동행” 이라는 말이 언급된 맥락', AS_OF);
    expect(said.text).toContain('약자와의 동행');
    expect(said.text).toContain('세계도시정상회의');
    expect(answerQuestion(kb, "보고서에 '인크루트' 기재된 부분", AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, "보고서에 '약자와의 연대' 기재된 부분", AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a budget officer's words (계상액, 편성분, 분담액, 요청드립니다) for the budget asked", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, "AI지원센터 '22년 계상액은?", AS_OF).text).toContain('14,169백만원');
    expect(answerQuestion(kb, '시네마테크 본예산 편성분 얼마', AS_OF).text).toContain('4,512백만원');
    expect(answerQuestion(kb, '다목적체육관 국비 시비 분담액', AS_OF).text).toContain('국 55억');
    expect(answerQuestion(kb, '안심일자리 제1차 추경 반영 금액 확인 요청드립니다', AS_OF).text).toContain('7,047백만원');
    expect(answerQuestion(kb, "G밸리 IoT 아카데미 '23년 계상액은?", AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년인턴 직무캠프 1차 추경 반영 금액 확인 요청드립니다', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 예산 규모 as money, never as an area', async () => {
    const kb = await realKnowledge();
    const money = answerQuestion(kb, '청년취업사관학교 총 예산 규모 얼마로 잡혀 있어요', AS_OF);
    expect(money.text).toContain('20,255백만원');
    expect(money.text).not.toContain('㎡');
    expect(answerQuestion(kb, 'Try Everything 2022 예산 규모는?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads formal endings (소재하고 있습니까, 설정돼 있나요) and 수준 as asking, and 어떤 지원 as the support a program gives', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '동부기술교육원은 어디에 소재하고 있습니까?', AS_OF).text).toContain('강동구 고덕동');
    expect(answerQuestion(kb, '뉴딜일자리 목표 인원은 몇 명으로 설정돼 있나요?', AS_OF).text).toContain('4,200명');
    expect(answerQuestion(kb, '뉴딜일자리 근무조건 임금 수준 알려줘', AS_OF).text).toContain('10,770원');
    expect(answerQuestion(kb, '서울형 강소기업 되면 어떤 지원 받아요', AS_OF).text).toContain('근무환경개선금');
    expect(answerQuestion(kb, '서부기술교육원은 어디에 소재하고 있습니까?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '안심일자리 참여자 혜택으로 주는 상품권', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks again without what the asker already knows or heard (… 라고 들었는데, … 알고 있는데), keeping only its names', async () => {
    const kb = await realKnowledge();
    const carried = answerQuestion(kb, "시네마테크 '22년 예산은 본예산이랑 이월액 두 가지로 나뉜다고 들었는데, 그중 이월액만 얼마죠?", AS_OF);
    expect(carried.text).toContain('4,655백만원');
    expect(answerQuestion(kb, '서울큐브는 애니센터 자리에 짓는 걸로 알고 있는데요, 개관은 언제로 되어 있나요?', AS_OF).text).toContain('2026년 5월');
    // What follows still has to be in the report: a figure the report does not give is refused.
    expect(answerQuestion(kb, "시네마테크 '22년 예산은 본예산이랑 이월액 두 가지로 나뉜다고 들었는데, 그중 국비 보조율은 몇 %죠?", AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울큐브는 애니센터 자리에 짓는 걸로 알고 있는데요, 주차장은 몇 면인가요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a district (강서구, 동작구) as the campus the report calls by it, and still refuses a district with none', async () => {
    const kb = await realKnowledge();
    expect(districtStem('강서구')).toBe('강서');
    expect(districtStem('연구')).toBeNull();
    const gangseo = answerQuestion(kb, '강서구에 새로 생기는 청년취업사관학교 어디야', AS_OF);
    expect(gangseo.text).toContain('공항대로61길 29');
    expect(gangseo.text).not.toContain('선유로9길 30');
    expect(answerQuestion(kb, '동작구 청년취업사관학교 주소', AS_OF).text).toContain('노량진로 10');
    expect(answerQuestion(kb, '노원구 청년취업사관학교 주소', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers two columns of one table row (접수과제랑 지원과제 수) from that row, never the second from the table's total row", async () => {
    const kb = await realKnowledge();
    const row = answerQuestion(kb, 'R&D 표에서 홍릉 바이오·의료 R&D 접수과제랑 지원과제 수', AS_OF).text;
    expect(row).toContain('접수과제 수: 246');
    expect(row).toContain('지원과제 수: 26');
    expect(row).not.toContain('198');
    expect(answerQuestion(kb, 'R&D 표에서 홍릉 바이오·의료 R&D 접수과제랑 탈락과제 수', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a cap asked (얼마까지 지원해주나요, 최대얼마 지원해줌) as the per-company limit, never the program's budget", async () => {
    const kb = await realKnowledge();
    const cap = answerQuestion(kb, '매출채권 보험료 회사별로 얼마까지 지원해줌', AS_OF).text;
    expect(cap).toContain('최대 2백만원');
    expect(cap).not.toContain('2,000백만원');
    expect(answerQuestion(kb, '안심일자리 참여자 한 명당 얼마까지 지원해줌', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a spoken correction (매출 규모, 아니 예산이), a place set aside (서울 아니고) and 프로젝트 as 사업', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 프로젝트 전체 매출, 아니 총사업비 얼마예요?', AS_OF).text).toContain('100,781백만원');
    expect(answerQuestion(kb, '동부기술교육원은 노원 아니고 어디 있다 그랬죠?', AS_OF).text).toContain('강동구 고덕동');
    expect(answerQuestion(kb, '서울큐브 프로젝트 전체 예산, 아니 매출이 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서부기술교육원은 노원 아니고 어디 있다 그랬죠?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads 입주사 as the report's 입주기업, and a year written alone ('21) as that year", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 입주사 몇 개', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, '서울큐브 입주사 몇 개', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, "미래혁신성장펀드 '21 문화콘텐츠 조성액", AS_OF).text).toContain("'21년");
    expect(answerQuestion(kb, "미래혁신성장펀드 '18 문화콘텐츠 조성액", AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a senior official's written endings (기하인가, 회신 바람, 보고하여 주시기 바랍니다, 있소) as asking", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 총사업비는 기하인가.', AS_OF).text).toContain('100,781백만원');
    expect(answerQuestion(kb, '시네마테크 개관 일자를 회신 바람.', AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, '서울투자청 사업예산 규모를 보고하여 주시기 바랍니다.', AS_OF).text).toContain('5,339백만원');
    expect(answerQuestion(kb, '서울큐브 주차면수는 기하인가.', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마테크 폐관 일자를 회신 바람.', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads English words typed in Korean questions (total, when, how many people) and 경비 as the report words', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 글로벌 AI 컨퍼런스 when 이에요?', AS_OF).text).toContain('2022년 11월');
    expect(answerQuestion(kb, '청년취업사관학교 total budget 얼마에요?', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '전담창구 리모델링 경비 얼마', AS_OF).text).toContain('75백만원');
    expect(answerQuestion(kb, '서울 글로벌 AI 컨퍼런스 폐막 when 이에요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks a field of the kind the report labels by its name (참여 요건, 자격 → 대 상) on a line stating such a field', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '안심일자리 참여 자격', AS_OF).text).toContain('중위소득 70% 이하');
    expect(answerQuestion(kb, '서울큐브 참여 자격', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a division head's status questions (진행 상황, 예정대로 가고 있죠, 했던가) and English words (where, cost, eligibility)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 진행 상황 어때?', AS_OF).text).toContain('추진현황');
    expect(answerQuestion(kb, 'AI지원센터 공사 예정대로 가고 있죠?', AS_OF).text).toContain('2023년 8월');
    expect(answerQuestion(kb, '청년취업사관학교 마포 캠퍼스 개관 했던가?', AS_OF).text).toContain('2022년 4월 (완료)');
    expect(answerQuestion(kb, '뷰티복합문화공간 where?', AS_OF).text).toContain('DDP');
    expect(answerQuestion(kb, '안심일자리 eligibility', AS_OF).text).toContain('중위소득 70% 이하');
    expect(answerQuestion(kb, '부산 캠퍼스 진행 상황 어때?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년취업사관학교 부산 캠퍼스 개관 했던가?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('compares a two-level column named word by word (지출액 기준 집행률 → 집행률(%) 지출액), never the column one word names', async () => {
    const kb = await realKnowledge();
    const rate = answerQuestion(kb, '일자리정책과랑 국제협력과 지출액 기준 집행률 비교', AS_OF).text;
    expect(rate).toContain('70.7');
    expect(rate).toContain('63.2');
    expect(rate).not.toContain('159,338');
    expect(answerQuestion(kb, '일자리정책과랑 국제협력과 지출액 비교', AS_OF).text).toContain('159,338');
    expect(answerQuestion(kb, '일자리정책과랑 국제협력과 예산현액 기준 지출률 비교', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 인원 or 정원 asked without 몇 as a number of people (명), the line stating it first', async () => {
    const kb = await realKnowledge();
    expect(impliedCounter('캠퍼스타운형 취업사관학교 인원')).toBe('명');
    expect(impliedCounter('G밸리 입주 기업 수')).toBe('개사');
    expect(impliedCounter('인원수첩')).toBeNull();
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 인원', AS_OF).text).toContain('총 300명');
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 강사 인원', AS_OF).text).toContain(NOT_FOUND);
  });

  it('answers what the report says of something (관련된 거 뭐 있어요) with every line writing it, unless a fact of it is asked', async () => {
    const kb = await realKnowledge();
    const said = answerQuestion(kb, '우크라이나 관련된 거 뭐 있어요?', AS_OF).text;
    expect(said).toContain('재해구호기금');
    expect(said).toContain('불용소방차');
    expect(answerQuestion(kb, '청년취업사관학교 예산 관련 내용', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '폴란드 관련된 거 뭐 있어요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers a name the report does not write with one holding all but its own word (창업사관학교 is no 취업사관학교)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운형 창업사관학교 인원', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년창업사관학교 교육 인원', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '창업사관학교 몇 명', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 인원', AS_OF).text).toContain('총 300명');
  });

  it('never answers money asked with a date, staff asked with an area, or a street address asked with a neighbourhood (blind71/72 invented classes)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 2022 개최에 드는 예산은 얼마인가요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울큐브 개관에 드는 예산은 얼마인가요?', AS_OF).text).toContain('100,781백만원');
    expect(answerQuestion(kb, '시네마테크 운영인력 규모', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '매칭 전담창구 운영인력 규모', AS_OF).text).toContain('6명');
    expect(answerQuestion(kb, '청년 일자리 매칭 창구 도로명 주소 알려주세요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '강서 청년취업사관학교 도로명 주소', AS_OF).text).toContain('공항대로61길 29');
  });

  it('refuses a calendar question naming an event no report writes, and company names asked of a row of counts', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '12월에 크리스마스 마켓 같은 행사 있어요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '12월에 ON서울 마켓 일정 있어요?', AS_OF).text).toContain('시즌 3');
    expect(answerQuestion(kb, 'R&D 지원에서 수서 로봇 R&D 선정된 기업 이름 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년일자리 전담창구 운영기관 업체 이름', AS_OF).text).toContain('인크루트');
  });

  it('never answers a year counted from the report (내년) with another year\'s dates, and reads 행사비 as 사업비 (blind73 invented classes)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '내년 서울뷰티위크는 언제 해요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '올해 서울뷰티위크는 언제 해요?', AS_OF).text).toContain('2022년 9월 30일');
    expect(answerQuestion(kb, 'Try Everything 2022 행사비 총액', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '추계 서울패션위크 행사비', AS_OF).text).toContain('3,000백만원');
  });

  it('reads a resident\'s story heard before the question (… 합격했다던데, … 해보신다는데) as what they already know', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '동생이 서울혁신챌린지 나간다던데 이거 서울시에서 돈 얼마나 들이는 사업이야?', AS_OF).text).toContain('2,410백만원');
    expect(answerQuestion(kb, '아빠가 뉴딜일자리 해보신다는데 시급 얼마 쳐줘?', AS_OF).text).toContain('10,770원');
    expect(answerQuestion(kb, '동생이 서울혁신챌린지 나간다던데 이거 참가비 얼마야?', AS_OF).text).toContain(NOT_FOUND);
    // `아무나 신청돼?` asks who may take part.
    expect(answerQuestion(kb, '뉴딜일자리는 아무나 신청돼? 지금 백수라서..', AS_OF).text).toContain('만 18세 이상');
    expect(answerQuestion(kb, '서울큐브는 아무나 신청돼?', AS_OF).text).toContain(NOT_FOUND);
  });
});
