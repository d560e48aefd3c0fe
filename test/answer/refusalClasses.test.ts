import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { hardWords } from '../../src/answer/matchScore';
import { isPredicate } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes of answerable questions once refused (blind3): answered now, while a neighbour the report lacks is still refused. */
describe('classes of false refusals', () => {
  it('reads a conditional (뽑으면) as a verb, not a name', async () => {
    const kb = await realKnowledge();
    expect(isPredicate('뽑으면')).toBe(true);
    expect(isPredicate('측면')).toBe(false);
    expect(answerQuestion(kb, '강소기업에서 청년 정규직 뽑으면 1인당 최대 얼마 줘?', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '강소기업에서 청년 계약직 뽑으면 1인당 최대 얼마 줘?', AS_OF).found).toBe(false);
  });

  it('drops a "which" noun written onto a verb (선정된곳), keeps one written onto a name', async () => {
    const kb = await realKnowledge();
    expect(hardWords('단위형 캠퍼스타운 선정된곳', kb.lexicon, kb.vocabulary)).not.toContain('선정된곳');
    expect(hardWords('청년취업사관학교 금천곳', kb.lexicon, kb.vocabulary)).toContain('금천곳');
  });

  it('needs no match for the lexicon words that only say how a value is asked (얼만큼, 잡혀있나요, 연간, 누적 … 총액, 임금)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '마곡산업단지 면적 얼만큼?', AS_OF).text).toContain('1,124천㎡');
    expect(answerQuestion(kb, '패션허브 민간위탁금 얼마 잡혀있나요', AS_OF).text).toContain('6,866');
    expect(answerQuestion(kb, 'G밸리 IoT 아카데미 연간 목표 인원', AS_OF).text).toContain('80명');
    expect(answerQuestion(kb, 'ON서울마켓 올해 누적 매출지원 총액', AS_OF).text).toContain('3,095억원');
    expect(answerQuestion(kb, '안심일자리 시간당 임금', AS_OF).text).toContain('9,160원');
    expect(answerQuestion(kb, '부산 안심일자리 시간당 임금', AS_OF).found).toBe(false);
  });
});

describe('a unit named without the city', () => {
  it('finds 서울시립과학관 as 시립과학관, and nothing the report does not say about it', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '시립과학관 인력 정원/현원', AS_OF).text).toContain('정원 18명');
    expect(answerQuestion(kb, '시립과학관 주소', AS_OF).found).toBe(false);
  });
});

describe("a part's own text", () => {
  it('answers from the economy in figures (part II), with capitals the OCR spaced out joined', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 GRDP 전국대비 비중 얼마?', AS_OF).text).toContain('22.7%');
    expect(answerQuestion(kb, '외국인직접투자 서울 비중 몇퍼센트야', AS_OF).text).toContain('60.7%');
    expect(answerQuestion(kb, '부산 GRDP 전국대비 비중 얼마?', AS_OF).found).toBe(false);
  });
});

describe('figures whose unit is in their label', () => {
  it('reads `실업률(7월,%) : … (22) 3.3` as a percentage', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '올해 7월 서울 실업률', AS_OF).text).toContain('3.3');
    expect(answerQuestion(kb, '올해 7월 부산 실업률', AS_OF).found).toBe(false);
  });
});

describe('a count of something other than places', () => {
  it('answers `몇개 쇼` from the line that counts shows, not with the places found', async () => {
    const kb = await realKnowledge();
    const shows = answerQuestion(kb, '패션위크 중진디자이너 패션쇼 몇개 쇼야', AS_OF);
    expect(shows.text).toContain('24개쇼');
    expect(shows.text).not.toContain('위치가 나온 곳');
    expect(answerQuestion(kb, '청년취업사관학교 몇 개 캠퍼스야', AS_OF).text).toContain('7개소');
  });
});

describe('a list asked for', () => {
  it('is answered by the line that lists the most of them', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '23년 단위형 캠퍼스타운 선정된곳 어디어디', AS_OF);
    for (const name of ['강서대', '국민대', '덕성여대', '명지전문대', '한성대']) expect(answer.text).toContain(name);
    expect(answerQuestion(kb, '25년 단위형 캠퍼스타운 선정된곳 어디어디', AS_OF).found).toBe(false);
  });
});
