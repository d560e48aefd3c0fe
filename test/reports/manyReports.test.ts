import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import type { Knowledge } from '../../src/knowledge/Knowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { digestFor } from '../../src/reports/digestFor';
import { multiCorpus } from '../helpers/multiCorpus';

// The real report (2022-09) with three hand-written ones: 경제정책실 2021-09 and 2023-03, 복지정책실
// 2022-10. What each one plants is in test/fixtures/reports/PLANTED.md.
let dir: string;
let kb: Knowledge;
const ask = (q: string, asOf = '2023-03-10') => answerQuestion(kb, q, { asOf });
const NAME = {
  y2021: '경제정책실 주요 업무보고 (2021년 9월)',
  y2022: '경제정책실 주요 업무보고 (2022년 9월)',
  y2023: '경제정책실 주요 업무보고 (2023년 3월)',
  welfare: '복지정책실 주요 업무보고 (2022년 10월)',
};

beforeAll(async () => {
  dir = await multiCorpus();
  kb = await loadKnowledge(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scope', () => {
  it('answers from the newest report that has the program, and names it', () => {
    const a = ask('청년취업사관학교 예산');
    expect(a.found).toBe(true);
    expect(a.text).toContain('27,480백만원');
    expect(a.text).not.toMatch(/20,255|9,870/);
    expect(a.citations[0]).toMatchObject({ report: NAME.y2023, line: 71 });
    expect(a.text).toContain(`출처: ${NAME.y2023}`);
  });

  it('answers from the report a question names: a year, 작년, 지난, a year and month', () => {
    expect(ask('2021년 보고서 청년취업사관학교 예산').text).toContain('9,870백만원');
    expect(ask('21년 업무보고 기준 청년취업사관학교 예산').text).toContain('9,870백만원');
    expect(ask('작년 업무보고에서 청년취업사관학교 예산').text).toContain('20,255백만원');
    expect(ask('지난 보고서 청년취업사관학교 예산').text).toContain('20,255백만원');
    expect(ask('작년 업무 보고서에서 청년취업사관학교 예산').text).toContain('20,255백만원');
    expect(ask('22년 9월 보고 기준 청년취업사관학교 예산').citations[0]).toMatchObject({ report: NAME.y2022, line: 254 });
  });

  it('keeps a year without a report word as the year of a fact', () => {
    const a = ask('2021년 청년취업사관학교 예산');
    expect(a.text).not.toContain('9,870');
  });

  it('answers a program only an older report has from it, and says so', () => {
    const a = ask('성수 소셜벤처 이음센터 예산');
    expect(a.found).toBe(true);
    expect(a.text).toContain('6,200백만원');
    expect(a.text).toContain(`최신 보고서에는 없는 사업으로, ${NAME.y2021} 기준`);
    // A program the newest report dropped is also answered from the report that has it.
    expect(ask('청년일자리 매칭 전담창구 예산').text).toContain('400백만원');
  });

  it('answers from the office a question names, and from another office by default', () => {
    expect(ask('노숙인 동절기 보호대책 예산').citations[0]?.report).toBe(NAME.welfare);
    const a = ask('복지정책실 업무보고 희망두배 청년통장 예산');
    expect(a.text).toContain('5,120백만원');
  });

  it('says which reports are loaded when the one named is not', () => {
    const a = ask('2019년 보고서 청년취업사관학교 예산');
    expect(a.found).toBe(false);
    expect(a.text).toContain('2019년');
    expect(a.text).toContain(NAME.y2023);
  });

  it('never offers the same title twice', () => {
    for (const q of ['개관 언제', '청년 예산', '뷰티 위치', '캠퍼스 일정']) {
      const titles = ask(q).candidates.map((c) => c.title);
      expect(new Set(titles).size, q).toBe(titles.length);
    }
  });
});

describe('facts the newest report leaves out, and renamed programs in older reports', () => {
  it('answers a fact only an older report gives, of the kind asked, and says so', () => {
    const a = ask('창업기업 해외진출 예산');
    expect(a.text).toContain('2,340백만원');
    expect(a.text).toContain(`최신 보고서에는 없는 내용으로, ${NAME.y2021} 기준`);
    // Not a loose passage or another kind of fact from an older report: still not found.
    expect(ask('청년취업사관학교 주차장 요금').found).toBe(false);
  });

  it('reads the new name as the old one in a report from before the rename', () => {
    expect(ask('2021년 보고서 스타트업 글로벌 진출 예산').text).toContain('2,340백만원');
  });

  it('takes words pointing at the report with it (때, 나온, 기준) and reads 인력현황 as the office', () => {
    expect(ask('지난 보고 때 서울형 강소기업 예산 얼마였는지 확인 부탁드려요').text).toContain('3,892백만원');
    expect(ask('2021년 업무보고에 나온 Try Everything 행사기간 알려줘').text).toContain('2021년 9월 15일');
    expect(ask('2021년 9월 업무보고 인력현황 정원/현원').text).toContain('정원 241명 / 현원 236명');
  });
});

describe('what changed', () => {
  it('gives a budget delta and ratio between the program’s two newest reports', () => {
    const a = ask('청년취업사관학교 예산 작년보다 얼마나 늘었어');
    expect(a.intent).toBe('compare');
    expect(a.text).toContain('20,255백만원 → 27,480백만원 (+7,225백만원, 약 72.3억원, +35.7%)');
    expect(a.text).not.toContain('일정 변경');
  });

  it('lists moved milestones with both dates, and completed ones', () => {
    const a = ask('청년취업사관학교 개관 일정 바뀌었어?');
    expect(a.text).toContain('일정 변경: 강서 개관 2022년 11월 → 2023년 3월');
    expect(a.text).toMatch(/완료: 1자치구 1청년취업사관학교 종합계획 수립.*계획 → 완료/);
    expect(a.text).not.toContain('소요예산');
  });

  it('compares a named report with the newest', () => {
    const a = ask('2021년 보고서 대비 청년취업사관학교 예산 변화');
    expect(a.text).toContain('9,870백만원 → 27,480백만원');
  });

  it('summarises the newest report against the one before it, programs added and dropped', () => {
    const a = ask('지난 보고 대비 변경 사항');
    expect(a.found).toBe(true);
    expect(a.headline).toContain(`${NAME.y2022} → ${NAME.y2023}`);
    expect(a.text).toContain('새 사업: 서울 핀테크 실증 스테이션 조성');
    expect(a.text).toMatch(/빠진 사업: .*청년일자리 매칭 강화를 위한 전담창구 운영/);
  });

  it('lists only the programs added, or only those dropped, when that is what is asked', () => {
    const added = ask('이번 업무보고에 새로 들어온 사업 있어?');
    expect(added.text).toContain('서울 핀테크 실증 스테이션 조성');
    expect(added.text).not.toContain('전담창구');
    const dropped = ask('지난 보고엔 있었는데 이번에 빠진 사업 뭐뭐야');
    expect(dropped.text).toContain('청년일자리 매칭 강화를 위한 전담창구 운영');
    expect(dropped.text).not.toContain('핀테크');
  });

  it('leaves 대비 that compares figures, not reports, to the other intents', () => {
    for (const q of ['정원 대비 결원 제일 많은 과', '서울 GRDP 전국대비 비중 얼마?', '미래혁신성장펀드 목표 대비 달성률']) expect(ask(q).intent, q).not.toBe('compare');
    expect(ask('직무캠프 예산 지난 보고 대비 얼마나 증가했어').text).toContain('4,000백만원 → 4,500백만원');
  });

  it('says a program the newest report dropped was dropped, compares staff, and compares two named reports', () => {
    expect(ask('전담창구 바뀐거 있어?').text).toContain(`${NAME.y2022}에는 있었지만 ${NAME.y2023}에서는 빠졌습니다`);
    const staff = ask('경제정책실 정원 작년보다 늘었나? 몇명 차이');
    expect(staff.text).toContain('정원 269명 → 273명 (+4명)');
    expect(ask('직무캠프 정원 변화 있었어?').text).not.toContain('269명');
    const two = ask('2021년 보고서랑 2022년 9월 보고서 비교해서 청년취업사관학교 예산 차이 얼마야');
    expect(two.text).toContain('9,870백만원 → 20,255백만원');
    expect(two.text).not.toContain('27,480');
  });

  it('reads a short name whose target has a year as the program in any year', () => {
    expect(ask('트라이에브리띵 예산은 얼마나 잡혀있나요').text).toContain('2,300백만원');
  });

  it('treats a renamed program as one program', () => {
    const a = ask('스타트업 글로벌 진출 변경 사항');
    expect(a.headline).toContain(`${NAME.y2021} → (2022년 9월)`);
    expect(a.text).toContain('빠짐: 미국 실리콘밸리 거점 개소');
  });
});

describe('digest', () => {
  it('announces a moved milestone at its new date only', () => {
    const label = (d: ReturnType<typeof digestFor>) => [...d.thisMonth, ...d.dueThisWeek].map((e) => `${e.milestone.owner} ${e.milestone.label}`);
    expect(label(digestFor(kb, '2022-11-07')).some((l) => l.includes('강서'))).toBe(false);
    expect(label(digestFor(kb, '2023-03-06')).some((l) => l.includes('강서 개관'))).toBe(true);
  });

  it('does not announce a program the newest report of its office dropped, and names each entry’s report', () => {
    const all = kb.library.announced;
    expect(all.length).toBeGreaterThan(0);
    expect(all.some((m) => m.owner.includes('전담창구'))).toBe(false);
    expect(all.some((m) => m.source.docId === 'seoul-econ-2021-09')).toBe(false);
    expect(digestFor(kb, '2023-03-06').thisMonth[0]?.report).toBe(NAME.y2023);
  });
});

describe('reload', () => {
  it('parses again only the report whose file changed, keeping the others as they were', async () => {
    const again = await loadKnowledge(dir, kb);
    expect(again.library.rebuilt).toEqual([]);
    await appendFile(path.join(dir, 'seoul-economic-policy-office-2021-09.txt'), '\n');
    const next = await loadKnowledge(dir, kb);
    expect(next.library.rebuilt).toEqual(['seoul-econ-2021-09']);
    for (const id of ['seoul-econ-2022-09', 'seoul-econ-2023-03', 'seoul-welfare-2022-10']) {
      expect(next.library.parts.get(id)).toBe(kb.library.parts.get(id));
    }
    expect(answerQuestion(next, '2021년 보고서 청년취업사관학교 예산').text).toContain('9,870백만원');
  });

  it('parses every report again when the word files change', async () => {
    const lexicon = path.join(dir, 'lexicon.json');
    const words = JSON.parse(await readFile(lexicon, 'utf8'));
    words.synonyms.push({ word: '예산', variants: ['돈줄'] });
    await writeFile(lexicon, JSON.stringify(words));
    const next = await loadKnowledge(dir, kb);
    expect([...next.library.rebuilt].sort()).toEqual(['seoul-econ-2021-09', 'seoul-econ-2022-09', 'seoul-econ-2023-03', 'seoul-welfare-2022-10']);
    expect(answerQuestion(next, '청년취업사관학교 돈줄').text).toContain('27,480백만원');
  });
});

describe('follow-ups', () => {
  it('keep a conversation about an older report in that report', async () => {
    const { contextAfter, withContext } = await import('../../src/answer/followUp');
    const first = ask('2021년 보고서 청년취업사관학교 예산');
    const context = contextAfter(kb, '2021년 보고서 청년취업사관학교 예산', first, null);
    expect(context?.report).toBe('seoul-econ-2021-09');
    const next = withContext(kb, '위치는?', context);
    expect(ask(next.question).citations[0]?.report).toBe(NAME.y2021);
    // About the newest report, a follow-up is asked as it is (the default answers from it).
    const newest = contextAfter(kb, '청년취업사관학교 예산', ask('청년취업사관학교 예산'), null);
    expect(withContext(kb, '위치는?', newest).question).toBe(`${newest!.subject} 위치는?`);
  });
});
