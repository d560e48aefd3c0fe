import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind87 (a dev set since), each tested both ways. */
describe('stop-27 classes', () => {
  it('never answers a year counted back (작년) with figures of the report’s own year, and still answers a line stating that year', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뷰티패션산업과 작년 예산현액 얼마였어', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '경제정책과 작년 인원 몇 명', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뷰티패션산업과 예산현액 얼마였어', AS_OF).text).toContain('66,492');
    expect(answerQuestion(kb, '경제정책과 올해 인원 몇 명', AS_OF).text).toContain('35명');
    expect(answerQuestion(kb, 'G밸리 작년 입주기업 모집 몇 개사', AS_OF).text).toContain('9개사');
  });

  it('reads 냐 as a question ending (트라이에브리띵 어디서 하냐), never as a word to find', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '트라이에브리띵 어디서 하냐', AS_OF).text).toContain('동대문디자인플라자');
    expect(answerQuestion(kb, '트라이에브리띵 주차장 어디 있냐', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never narrows a whole asked for (총) to a place said in a sentence beside it', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 예산 총 얼마임? 동대문에 디지털패션 과정 생긴다길래', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '청년취업사관학교 예산 얼마임? 동대문에 디지털패션 과정 생긴다길래', AS_OF).text).toContain(NOT_FOUND);
  });

  it('names a table row of three words or more with one left out (동대문 패션 R&D), never a row by fewer', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '동대문 패션 R&D 과제 몇개 접수됐어?', AS_OF).text).toContain('접수과제 수: 34');
    expect(answerQuestion(kb, '동대문 패션 AI 과제 몇개 접수됐어?', AS_OF).text).not.toContain('접수과제 수: 34');
    expect(answerQuestion(kb, '동대문 로봇 R&D 과제 몇개 접수됐어?', AS_OF).text).not.toContain('접수과제 수: 24');
  });

  it('reads a threshold asked (매출 얼마 미만이어야) and a building’s floors (몇 층짜리) as overview fields', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원 받으려면 매출 얼마 미만이어야 돼?', AS_OF).text).toContain('200억 미만');
    expect(answerQuestion(kb, '서울큐브 건물 몇 층짜리', AS_OF).text).toContain('지하4층 ~ 지상3층');
    expect(answerQuestion(kb, '시네마테크 건물 몇 층짜리', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울투자청 입주하려면 매출 얼마 미만이어야 돼?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks without a bracket describing the name before it (… (동대문 패션 R&D 들어있는거)), but keeps one saying where it is', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '중소벤처 R&D 지원 (동대문 패션 R&D 들어있는거) 총 예산 얼마야', AS_OF).text).toContain('22,000백만원');
    expect(answerQuestion(kb, '청년취업사관학교 (노원에 있는 거) 예산', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks without the asker likening themselves to what is asked about (우리같은 작은 브랜드도 …)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '우리같은 작은 브랜드도 강소기업 되면 청년 정규직 한명 뽑을때 최대 얼마 받음?', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '우리같은 작은 브랜드도 강소기업 되면 사무실 임대료 최대 얼마 받음?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads lexicon words and aliases staff use (패위, 빈 연구공간, 제도명)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '이번 추계 패위 예산 얼마 잡혔어?', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '빈 연구공간 벤처에 무상 입주 매칭해주는 제도명', AS_OF).text).toContain('공실 공유제');
    expect(answerQuestion(kb, '패위 티켓 가격 얼마야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads chat emoticons (ㅠ, ㅎㅎ) as the end of what was said, so the background before them is read as background', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '가게 하면서 애 키우느라 멀리는 못 가는데ㅠ 매출채권 보험 가입 접수는 서울 어디어디 센터에서 받나요?', AS_OF).text).toContain('서대문');
    expect(answerQuestion(kb, '아이 돌봄 관련 일을 해보고 싶어서요 ㅎㅎ 뉴딜일자리 공공기관형 중에 복지 분야 참여자가 몇 명인지 알 수 있을까요?', AS_OF).text).toContain('788');
    expect(answerQuestion(kb, '가게 하면서 애 키우느라 멀리는 못 가는데ㅠ 매출채권 보험 가입 상담 전화번호 알려주세요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads verbs before their helpers (잡고 있어요, 하게 되면, 찾아가야 하오), joined by 고 (세우고) or saying "in order to" (신청하려면) as no words to find', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 뉴딜일자리 하게 되면 한달에 최대 얼마까지 받을 수 있는지 궁금합니다', AS_OF).text).toContain('236만원');
    expect(answerQuestion(kb, '서울시 직업훈련계획 세우고 일자리센터 운영하는 과가 어디예요?', AS_OF).text).toContain('일자리정책과');
    expect(answerQuestion(kb, '남편 외벌이에 애가 둘이라 형편이 넉넉치 않은데요, 안심일자리 신청하려면 소득이나 재산 기준이 어떻게 되나요?', AS_OF).text).toContain('4억');
    // The same shapes asking what the report lacks.
    expect(answerQuestion(kb, '안심 일자리 신청하려면 어디로 찾아가야 하오?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울형 뉴딜일자리 하게 되면 교통비 얼마까지 받을 수 있는지 궁금합니다', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers a bare 어디 with a line labelled with another field (추진목적 : 실업자, 노숙자, …), but with a line naming who runs it', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '안심일자리 어디로 가요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 운영기관으로 어디가 선정됐나요?', AS_OF).text).toContain('인크루트');
  });

  it('reads a sentence of purpose (… 배워보려고요.) and the asker’s own case (저 같은 경우도) as asides, and 아이 as a child, never 나이', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '연말 전에 봉제 기술 좀 배워보려고요. 올해 12월에 리모델링 준공되는 곳이 있다던데 어디예요?', AS_OF).text).toContain('창작스튜디오');
    expect(answerQuestion(kb, '집에서 주얼리 만들어서 파는 엄마예요. 중소패션업체 온라인 판로확장 지원은 어떤 업종이 대상인가요? 저 같은 경우도 되나요?', AS_OF).text).toContain('수제화');
    expect(answerQuestion(kb, '아이 방학 끝날 무렵인 내년 1월쯤 끝나는 교육이나 시범운영 프로그램 있으면 알려주세요', AS_OF).text).toContain('캠퍼스타운형 취업사관학교');
    expect(answerQuestion(kb, '연말 전에 봉제 기술 좀 배워보려고요. 올해 12월에 리모델링 착공되는 곳이 있다던데 어디예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never reads a threshold asked (매출 얼마 미만이어야) as a budget', async () => {
    const kb = await realKnowledge();
    const text = answerQuestion(kb, '매출채권 보험료 지원 받으려면 매출 얼마 미만이어야 돼?', AS_OF).text;
    expect(text).toContain('200억 미만');
    expect(text).not.toContain('소요예산');
  });

  it('asks what the asker heard of (… 극장 있다던데) with all its words when the question after it names nothing, never the month alone', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '올해 12월에 리모델링 준공되는 곳이 있다던데 어디예요?', AS_OF).text).toContain('창작스튜디오');
    expect(answerQuestion(kb, '올해 12월에 개관하는 극장 있다던데 어디예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '올해 12월에 리모델링 착공되는 곳이 있다던데 어디예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a dotted compound typed as one word (인허가 for 인·허가, 산학연병 for 산·학·연·병원)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '인허가/임상 실무인재 양성과정 운영기간이 어떻게 되나요', AS_OF).text).toContain("'22.4~12");
    expect(answerQuestion(kb, '산학연병 협력 바이오·의료 기술사업화 R&D, 올해 시비 몇억 들어가나요', AS_OF).text).toContain('57억');
    expect(answerQuestion(kb, '인허가 대행 수수료 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads "per one" said apart (과제 한건당, 과제 하나에) as the report writes it (과제당)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '테스트베드 서울 실증 과제 한건당 최대 지원액이 얼마죠? 저희 랩 시제품 넣어볼까 해서', AS_OF).text).toContain('4억원');
    expect(answerQuestion(kb, '테스트베드 서울 실증, 과제 하나에 최대 얼마까지 대줌?', AS_OF).text).toContain('4억원');
    expect(answerQuestion(kb, '서울혁신챌린지 과제 한건당 최대 지원액이 얼마죠?', AS_OF).text).not.toContain('4억원');
  });

  it('answers an area of the kind asked (연면적), never another (부지)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 건물 연면적 어느정도? 단체수용 가늠용', AS_OF).text).toContain('15,929㎡');
    expect(answerQuestion(kb, '의료기기 개발지원센터 연면적', AS_OF).text).not.toContain('553㎡');
  });

  it('leaves out a guess at where (남산쪽?) and a bracket of what the asker will do ((DDP 일정표에 넣을거)); a course’s 정원 is its size, not staff', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브(애니센터 재건축) 위치 어디예요? 남산쪽?', AS_OF).text).toContain('소파로 126');
    expect(answerQuestion(kb, '서울디자인2022 기간 알려줘요 (DDP 일정표에 넣을거)', AS_OF).text).toContain('10월 19일');
    expect(answerQuestion(kb, '바이오기업 수요기반 실무인재(인허가, 임상) 과정 정원 몇 명?', AS_OF).text).toContain('100명');
    expect(answerQuestion(kb, '서울큐브 주차장 위치 어디예요? 남산쪽?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울디자인2022 입장료 알려줘요 (DDP 일정표에 넣을거)', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads the bureaucrat’s "regarding" (… 사업과 관련하여, … 건과 관련하여) and 여쭙습니다 as no words to find', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 다목적체육관 건립 건과 관련하여 총사업비가 얼마인지 확인 부탁드립니다.', AS_OF).found).toBe(true);
    expect(answerQuestion(kb, 'Try Everything 2022 개최 장소 관련하여 확인 부탁드립니다.', AS_OF).text).toContain('DDP');
    expect(answerQuestion(kb, '서울혁신챌린지 사업과 관련하여 해당 사업의 사업예산 규모를 확인 부탁드립니다.', AS_OF).found).toBe(true);
    expect(answerQuestion(kb, 'Try Everything 2022 주차 요금 관련하여 확인 부탁드립니다.', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울혁신챌린지 사업과 관련하여 심사위원 명단을 확인 부탁드립니다.', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers another year written (’21년 기준) with the office’s tables of their own day', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, "'21년 기준 일자리정책과 정원 현황 관련하여 여쭙니다.", AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '일자리정책과 정원 현황 관련하여 여쭙니다.', AS_OF).text).toContain('29명');
    expect(answerQuestion(kb, "'22년 기준 일자리정책과 정원 현황 관련하여 여쭙니다.", AS_OF).text).toContain('29명');
  });

  it('reads a basis asked by its clause (조례 조항) and money spent said as 든돈', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 관련하여 추진 근거가 되는 조례 조항이 어떻게 되는지 확인 부탁드립니다.', AS_OF).text).toContain('제6조');
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 리모델링하는데 든돈 얼마임', AS_OF).text).toContain('75백만원');
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 리모델링하는데 든 시간 얼마임', AS_OF).text).toContain(NOT_FOUND);
  });

  it('answers a place asked with a period and an event (11월에 개관하는 …) only for a program with that event then', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '올해 11월에 새로 개관하는 교육 캠퍼스가 어디어디 있나요?', AS_OF).text).not.toContain('노원구 상계동');
    expect(answerQuestion(kb, '올해 11월에 개관하는 청년취업사관학교 캠퍼스 어디야', AS_OF).text).toContain('용산');
    expect(answerQuestion(kb, '기술교육원 위치 어디야', AS_OF).text).toContain('노원구 상계동');
  });
});
