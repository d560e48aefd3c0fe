import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { statedYears } from '../../src/dates/statedYears';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found by blind13 and blind14's first contact, each tested both ways. */
describe('blind13 and blind14 classes', () => {
  it('answers 작년/내년 only with a line stating that year, in the line or its titles', async () => {
    const kb = await realKnowledge();
    expect(statedYears("'23년 캠퍼스타운 신규 대학 선정")).toEqual([2023]);
    // The overview's area line states no year: it is the report's, not last year's budget.
    expect(answerQuestion(kb, '양재 AI 혁신지구 작년 예산', AS_OF).found).toBe(false);
    // `'23년 캠퍼스타운 신규 대학 선정` heads the line that names them.
    expect(answerQuestion(kb, '내년 캠퍼스타운 종합형 신규 선정된 대학 어디야', AS_OF).text).toContain('광운대');
  });

  it('lists what falls on a day before what is dated only to its month', async () => {
    const kb = await realKnowledge();
    const day = answerQuestion(kb, '11월 3일에 무슨 행사 있어?', AS_OF);
    // The first program listed is the one with the event on that day.
    expect(day.text.split('\n')[1]).toContain('서울 글로벌 AI 컨퍼런스');
    // A half-year: what it spans wholly keeps its order by date (the MOU renewal dated to the half).
    expect(answerQuestion(kb, '하반기에 MOU 갱신하는 해외도시 어디', AS_OF).text).toContain('바르셀로나');
  });

  it('writes out a period whose line ends with a ※ note, and still reads the note', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 언제부터 언제까지?', AS_OF).text).toContain('2022년 10월 10일 (월) ~ 10월 15일 (토)');
    expect(answerQuestion(kb, '추계 서울패션위크 예산', AS_OF).text).toContain('3,000백만원');
  });
});

describe('blind15 classes', () => {
  it('answers the office as a whole (우리 실, 실 전체) with what its row breaks down (여성, 여직원)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책실 여직원 몇명이나 돼?', AS_OF).text).toContain('여성 140명');
    expect(answerQuestion(kb, '우리 실 전체 정원/현원 알려줘', AS_OF).text).toContain('정원 269명');
    // A program named with the office is not the office's staff.
    expect(answerQuestion(kb, '경제정책실 캠퍼스타운 인력', AS_OF).found).toBe(false);
  });

  it('reads 참가/참여/신청 before a field as a generic head (`참가대상` is the 대상)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '영뷰티콘테스트 참가대상이 어떻게돼', AS_OF).text).toContain('만 18세 이하');
    expect(answerQuestion(kb, '영뷰티콘테스트 참가비', AS_OF).found).toBe(false);
  });

  it('knows TE as Try Everything, and still only its 2022 edition', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'TE 2022 주제 뭐임', AS_OF).text).toContain('Zero to Hero');
    expect(answerQuestion(kb, 'TE 2023 장소', AS_OF).found).toBe(false);
  });
});

describe('blind16 and blind17 classes', () => {
  it('answers a money question with a table row only when the row states money', async () => {
    const kb = await realKnowledge();
    // A campus row gives its address and area; a field's row its participants: no budget of theirs.
    expect(answerQuestion(kb, '청년취업사관학교 마포캠퍼스 예산만 따로 얼마야?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '안심일자리 디지털 전환 분야 예산', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '판로확장 리더 단계 업체는 지원금 얼마 받아?', AS_OF).found).toBe(false);
    // Money in the table's unit (`단위: 억원`) or the row's label (`매출액(백만원)`) still answers.
    expect(answerQuestion(kb, '혁신성장펀드 21년 바이오 조성액 얼마였어', AS_OF).text).toContain('2,250');
    expect(answerQuestion(kb, 'ON서울마켓 T커머스 매출액 얼마나 나왔어', AS_OF).text).toContain('1,425');
  });

  it('does not take a money question about a year for a calendar question', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '시네마테크 23년 예산 얼마 잡혀있어', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '23년에 잡혀있는 일정 뭐 있어', AS_OF).intent).toBe('calendar');
  });
});

describe('a table row of pairs (blind3, blind15, blind16 and blind17 each asked it)', () => {
  it('compares each half of `학과/인원 35/1,640 …` across the campuses', async () => {
    const kb = await realKnowledge();
    const halves = kb.series.filter((s) => s.source.line === 418).map((s) => [s.name, s.items.map((i) => i.value)]);
    expect(halves).toEqual([
      ['학과', [35, 19, 44, 48]],
      ['인원', [1640, 833, 1727, 1826]],
    ]);
    expect(answerQuestion(kb, '기술교육원 캠퍼스 중에 학과수 젤 많은곳', AS_OF).text).toContain('북부 48');
    expect(answerQuestion(kb, '기술교육원 캠퍼스 중 훈련인원 제일 많은데 어디야', AS_OF).text).toContain('북부 1,826');
    // A campus the table does not have is still not found.
    expect(answerQuestion(kb, '서부기술교육원 학과 수', AS_OF).found).toBe(false);
    // `총 몇 명`: the report's own total line, not a sum of figures in no stated unit.
    expect(answerQuestion(kb, '기술교육원 훈련인원 총 몇 명?', AS_OF).text).toContain('총 6,026명');
  });
});

describe("a part's own title (blind3 and blind15 asked for the vision)", () => {
  it('finds the part by its title and answers with its first line', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '정책비전 뭐야', AS_OF).text).toContain('다시 뛰는 글로벌 경제혁신 도시 서울');
    expect(answerQuestion(kb, '정책비전 예산 얼마야', AS_OF).found).toBe(false);
  });
});
