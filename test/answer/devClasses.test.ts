import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on the dev sets (blind3, blind4, blind5, blind17) in stop 14, each tested both ways. */
describe('dev-set classes', () => {
  it('reads a word of the program’s lead sentence as context of its facts, whole words only', async () => {
    const kb = await realKnowledge();
    // `재건축` is only in the lead: `노후된 (구)서울애니메이션센터 재건축을 통해 …`.
    expect(answerQuestion(kb, '서울애니메이션센터 재건축 총사업비', AS_OF).text).toContain('100,781백만원');
    expect(answerQuestion(kb, '서울큐브 재건축 사업기간', AS_OF).text).toContain('2025년 11월');
    // A word of no lead of it is still a name the program does not have.
    expect(answerQuestion(kb, '서울큐브 바이오 총사업비', AS_OF).found).toBe(false);
    // Pieces of a compound never add up across the lead and a line (`펀드` of the lead, `바이오` of a row).
    expect(answerQuestion(kb, '서울바이오펀드 얼마 조성됐어', AS_OF).text).toContain('5,092억원');
  });

  it('never answers about one unit with a line about all of them (남부기술교육원, a line on every 기술교육원)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '남부기술교육원 취업률', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '영등포 청취사 취업률 몇 퍼센트?', AS_OF).found).toBe(false);
    // The line on every 기술교육원 still answers for them all.
    expect(answerQuestion(kb, '기술교육원 취업률', AS_OF).text).toContain('69.8%');
    // A line naming the unit answers for it.
    expect(answerQuestion(kb, '남부기술교육원 활성화 어떻게 해', AS_OF).text).toContain('KOICA');
    // The city's name before a name tells nothing apart: the line writes `바이오펀드`.
    expect(answerQuestion(kb, '서울바이오펀드 조성 규모 얼마까지 됐어', AS_OF).text).toContain('5,092억원');
  });

  it('answers a list question with the names when the best line only counts them (3개소)', async () => {
    const kb = await realKnowledge();
    const text = answerQuestion(kb, '권역별 패션지원센터 어디어디 운영해요', AS_OF).text;
    for (const name of ['동북권', '서북권', '남부권']) expect(text).toContain(name);
    // Not a list question: the counting line alone.
    expect(answerQuestion(kb, '권역별 패션지원센터 몇 개소야', AS_OF).text).not.toContain('동북권');
  });

  it('reads an answer word left after a generic head is cut (`참여인원` → 인원) as the kind of answer', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '산업박물관 교육 투어 참여인원 몇명', AS_OF).text).toContain('2,879명');
    // Still a count: a line without one does not answer.
    expect(answerQuestion(kb, '산업박물관 상설전시 참여인원 몇명', AS_OF).found).toBe(false);
  });

  it('answers `언제부터 언제까지` with the period an overview value states after its slash', async () => {
    const kb = await realKnowledge();
    const text = answerQuestion(kb, '안심일자리 근무기간 언제부터 언제까지에요', AS_OF).text;
    expect(text).toContain('2022년 7월 1일');
    expect(text).toContain('12월 20일');
  });

  it('finds a Latin-and-Hangul word the report writes as one word only where it is written (AI지원센터)', async () => {
    const kb = await realKnowledge();
    // `AI` and `IoT기술지원센터` apart are not the AI지원센터.
    expect(answerQuestion(kb, 'AI지원센터 운영기관은 어디로 정해졌어', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, 'AI지원센터 뭐하는 곳', AS_OF).text).toContain('인재 양성');
    // Written with a hyphen or a space in the report (`Job-코디`, `Job 코디`) it is the same word.
    expect(answerQuestion(kb, '청년취업사관학교 job코디 몇명 배치돼있나요', AS_OF).text).toContain('7명');
  });

  it('never answers a count with a table row stating none (an address and an area)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '마포 캠퍼스 교육인원 몇 명이야', AS_OF).found).toBe(false);
    // A row of figures states it (`3,561 (56.1%)` under 참여인원).
    expect(answerQuestion(kb, '안심일자리 그린환경 참여인원 몇 명', AS_OF).text).toContain('3,561');
  });

  it('answers a rate only with a line saying it, for the month asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 7월 고용률 몇%', AS_OF).text).toContain('60.9');
    // The report gives July's rate only; no other percentage stands in for it.
    expect(answerQuestion(kb, '서울 8월 고용률 몇%', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '직무캠프 수료율', AS_OF).text).toContain('83.1%');
  });

  it('names the facility of a calendar milestone (AI지원센터 완공), never a long sub-heading', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '23년 8월에 완공되는 건 뭐야', AS_OF).text).toContain('AI지원센터 완공');
    expect(answerQuestion(kb, '2028년 완공 예정인 양재 시설 뭐야', AS_OF).text).toContain('AI·R&D 캠퍼스');
  });

  it('reads English `open` as 오픈', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뷰티복합문화공간 언제 open 해?', AS_OF).text).toContain('2022년 9월 30일');
  });

  it('never sums a count column for a money question (총 사업비 is not 사업(개))', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 뉴딜일자리 총 사업비 얼마', AS_OF).text).toContain('85,245백만원');
    expect(answerQuestion(kb, '뉴딜일자리 분야별 참여자 합계', AS_OF).text).toContain('2,777명');
  });

  it('answers 어디 with a line naming someone, not a dated task that lists things', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '시네마테크 위탁기관 어디로 선정됐어', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 운영기관 어디로 선정됐어', AS_OF).text).toContain('인크루트');
  });

  it('reads a month asked without a year as the report year\'s, never answered by last year\'s figures', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'ON서울 마켓 8월 한 달 매출 실적', AS_OF).text).not.toContain("'21년");
    expect(answerQuestion(kb, 'ON서울 마켓 매출 실적', AS_OF).text).toContain("'21년");
  });

  it('answers an event\'s period with its own (개최기간), not a part of it', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 기간 알려줘요', AS_OF).text).toContain('2022년 10월 10일');
    // An event named still picks that event (`파리 패션위크 서울관` is part of it).
    expect(answerQuestion(kb, '추계 서울패션위크 파리 서울관 언제', AS_OF).text).toContain('9월 29일');
  });

  it('never answers a time of day with a day', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뷰티복합문화공간 몇시에 문 열어?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '뷰티복합문화공간 언제 문 열어?', AS_OF).text).toContain('2022년 9월 30일');
  });

  it('reads 부담분 after a budget part as the part (시비 부담분)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '안심일자리 시비 부담분 얼마', AS_OF).text).toContain('12,216');
    expect(answerQuestion(kb, '안심일자리 국비 부담분', AS_OF).found).toBe(false);
  });

  it('answers 주소 with a street, not an area; 면적 with an area', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '마곡 R&D센터 공공형 주소', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '시네마테크 주소', AS_OF).text).toContain('마른내로 38');
    expect(answerQuestion(kb, '시네마테크 연면적 얼마야', AS_OF).text).toContain('4,806㎡');
  });

  it('never answers an official\'s name with a fact row', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책과장 이름이 뭐야', AS_OF).found).toBe(false);
    // Who a program is for is no official's name.
    expect(answerQuestion(kb, '청년취업사관학교 지원대상 누구야', AS_OF).text).toContain('20 ~ 30');
  });

  it('counts the shows asked for (`쇼 몇 개`), not the places of the program', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 패션위크 중진디자이너 쇼 몇 개', AS_OF).text).toContain('24개쇼');
    expect(answerQuestion(kb, '청년취업사관학교 캠퍼스 몇 개야', AS_OF).text).toContain('3개소');
  });

  it('reads 열리는 행사 as an event held, not a facility opening', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '11월 3일~4일에 열리는 행사 뭐야', AS_OF).text).toContain('AI 컨퍼런스');
    expect(answerQuestion(kb, '22년 11월에 열리는 곳 어디?', AS_OF).text).toContain('개관');
  });
});
