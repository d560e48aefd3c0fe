import { describe, expect, it } from 'vitest';
import { askAt } from './askAt';

const ask = askAt;

describe('table intent', () => {
  it('answers a cell named by its row and column, as header: value', async () => {
    const culture = await ask('뉴딜일자리 문화분야 참여자 수');
    expect(culture).toMatchObject({ intent: 'table', found: true });
    expect(culture.headline).toContain('문화 — 참여자(명): 988'); // line 1529
    expect(culture.citations[0]!.line).toBe(1529);
    const live = await ask('ON서울 마켓 라이브커머스 지원기업 수');
    expect(live.headline).toContain('지원기업 수 — 라이브커머스: 29'); // line 1563, footnote mark dropped
  });

  it('answers a row that is a field of its program with every column', async () => {
    const trustees = await ask('기술교육원 위탁법인 어디어디');
    expect(trustees.headline).toContain('위탁법인 — 중부: 한국생산성본부 · 동부: 경북대학교 · 북부: 남서울대학교'); // line 419
  });

  it('reads the one row of a table by the column asked', async () => {
    expect((await ask('중소패션업체 비기너 단계 업체 몇개')).headline).toContain('비기너(1단계): 66'); // line 1636
  });

  it('does not answer from a table of another program', async () => {
    expect((await ask('청년취업사관학교 문화분야 참여자 수')).headline).not.toContain('988');
  });
});

describe('table intent, columns named by a day', () => {
  it('reads 둘째날 as the 2일차 column and finds a spaced-out row name', async () => {
    // `창업 생태계		· 개막식 기조연설 …	· 에듀테크산업 활성화 방안(포럼) …` under `분야	일자	1일차, 9.21(수)	2일차, 9.22(목)	…` (line 486)
    const answer = await ask('Try Everything 둘째날 창업생태계 프로그램 뭐 있어');
    expect(answer.headline).toContain('창업 생태계 — 2일차, 9.22(목): 에듀테크산업 활성화 방안(포럼)');
    expect(answer.text).not.toMatch(/1일차|3일차|<ul|style=/);
  });
});

describe('table intent, listing a table’s rows', () => {
  it('lists the rows of the table whose caption the question names', async () => {
    // `- 조성분야(6개 분야) 및 투자대상` over the fund table (lines 756–767), total row left out.
    const answer = await ask('미래혁신성장펀드 조성분야 뭐뭐');
    expect(answer.headline).toContain('조성분야(6개 분야) 및 투자대상: 4차산업혁명, 스마트시티, 문화콘텐츠, 창업지원, 재도전지원, 바이오');
    expect(answer.headline).not.toContain('합계');
  });

  it('does not list a table for a question about something else', async () => {
    expect((await ask('기술교육원 운영 예산이 얼마인지 알려주실 수 있나요?')).intent).not.toBe('table');
  });
});

describe('table intent, a column as a whole', () => {
  it('answers a column asked for as a whole with its total row', async () => {
    // `계		1,269	198	22,000` under `사업명		접수과제 수	지원과제 수	지원금액(백만원)` (line 662)
    const answer = await ask('R&D 지원과제 수 전체 몇 건');
    expect(answer).toMatchObject({ intent: 'table', found: true });
    expect(answer.headline).toContain('계 — 지원과제 수: 198');
    expect(answer.citations[0]!.line).toBe(662);
  });
});
