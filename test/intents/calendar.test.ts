import { describe, expect, it } from 'vitest';
import { askAt } from './askAt';

const ask = askAt;

describe('calendar intent', () => {
  it('lists what happens in a month with the event asked, grouped by program, at its real precision', async () => {
    const answer = await ask('22년 11월에 개관하는 청년취업사관학교 어디어디?');
    expect(answer).toMatchObject({ intent: 'calendar', found: true, headline: '2022년 11월 개관 일정 3건' });
    // `용산 ('22.11 개관)	강동 ('22.11 개관)	강서 ('22.11 개관)	동작 ('22.12 개관)` (line 266): not 동작.
    // Three milestones: each date also as the report writes it.
    expect(answer.text).toContain("용산 개관 2022년 11월(계획) [원문 '22.11 개관] · 강동 개관 2022년 11월(계획) [원문 '22.11 개관] · 강서 개관 2022년 11월(계획)");
    expect(answer.text).not.toContain('동작');
  });

  it('leaves a question asking where one thing of the period is held to the location intent', async () => {
    const where = await ask('다음주에 하는 글로벌 스타트업 축제 어디서 해요?', '2022-09-14');
    expect(where.intent).toBe('location');
    expect(where.text).toContain('동대문디자인플라자');
    expect((await ask('22년 11월에 개관하는 곳 어디?')).intent).toBe('calendar');
  });

  it('matches a milestone whose period overlaps the one asked', async () => {
    // `- 신축공사 발주계약 : '22. 11. ~ 12.` and `- 공사 착수 및 준공 : '22. 12. ~ '25. 11.` (서울큐브)
    const left = await ask('올해 남은 서울큐브 일정 뭐 있어?', '2022-11-10');
    expect(left.intent).toBe('calendar');
    expect(left.text).toContain('신축공사 발주계약 2022년 11월 ~ 12월(진행 중)');
    expect(left.text).not.toContain('설계보완 용역 준공'); // '22. 10.: already past on 11-10
  });

  it('reads 끝나는 as the end of a span, and the place from the report line', async () => {
    expect((await ask('23년 1월에 시범운영 끝나는 사업')).text).toContain('캠퍼스타운형 취업사관학교 시범운영'); // '22.8~'23.1.
    expect((await ask('10월에 노들섬에서 하는 행사 뭐임')).text).toContain('서울뮤직페스티벌'); // table row, line 1241
  });

  it('reads relative periods against the caller’s clock, not the report’s date', async () => {
    expect((await ask('다음달 싱가포르 가는 행사 이름이 뭐였더라', '2022-10-01')).text).toContain('싱가포르 핀테크 페스티벌');
    expect((await ask('다음달 싱가포르 가는 행사 이름이 뭐였더라', '2022-12-01')).found).toBe(false);
  });

  it('says 외 N건 after ten programs', async () => {
    const answer = await ask('하반기 일정 뭐 있어?');
    expect(answer.intent).toBe('calendar');
    const lines = answer.text.split('\n').filter((l) => l.startsWith('· '));
    expect(lines.length).toBe(11);
    expect(lines[10]).toMatch(/^· 외 \d+건$/);
  });
});

describe('schedule questions with a relative period', () => {
  it('looks only at the milestones of that period, by the caller’s clock', async () => {
    const contract = await ask('다음 달에 테스트베드 선정과제 협약하는 거 맞죠? 몇 월이에요', '2022-10-15');
    expect(contract).toMatchObject({ intent: 'schedule', found: true });
    expect(contract.text).toContain('2022년 11월'); // `- 테스트베드 선정과제 협약체결 : '22. 11월` (line 701)
    const survey = await ask('뉴딜일자리 참여자 만족도조사 다음 달에 하는거 맞아?', '2022-08-29');
    expect(survey.text).toContain('2022년 9월'); // `- '22년 참여자 만족도 조사 : '22.09.` (line 1541)
  });

  it('refuses an event in another year rather than answering the report’s', async () => {
    expect((await ask('Try Everything 2023 개최일')).found).toBe(false);
  });
});

describe('schedule questions within a short period', () => {
  it('prefers the milestone dated inside the period to one dated only by its month', async () => {
    // `- 서울 바이오·의료 국제 컨퍼런스 개최 : '22. 9.29.` (line 1171) over `… 국제컨퍼런스 개최('22.9월)`
    const answer = await ask('이번 달 말에 바이오 국제컨퍼런스 한다던데 정확히 며칠?', '2022-09-05');
    expect(answer.text).toContain('2022년 9월 29일');
    expect(answer.citations[0]!.line).toBe(1171);
  });
});

describe('올해 by question kind', () => {
  it('is the report’s year in a budget question, the clock’s year in a calendar one', async () => {
    expect((await ask('캠퍼스타운 올해 예산', '2026-03-01')).text).toContain('40,346백만원'); // '22년 사업예산 (line 563)
    const left = await ask('올해 남은 서울큐브 일정 뭐 있어?', '2026-03-01');
    expect(left.text).toContain('시설 개관 2026년 5월(계획)');
    expect(left.text).not.toContain('신축공사 발주계약');
  });
});

describe('calendar events', () => {
  it('reads 완공 and 준공 alike, at the end of a span', async () => {
    const december = await ask('이번 달 완공 예정 있어?', '2022-12-05');
    expect(december.text).toContain('창작스튜디오 리모델링 준공'); // `'22. 12월` (line 1390)
    expect(december.text).not.toContain('공사 착수 및 준공'); // `'22. 12. ~ '25. 11.`: completed in '25
  });

  it('never reads a counter as an event (`착공 2개소` is not an opening)', async () => {
    const april = await ask('지난달 개관한 곳', '2022-05-10');
    expect(april.text).toContain('마포 개관');
    expect(april.text).not.toContain('착공 2개소');
  });

  it('lists what falls inside a short period before what only overlaps it', async () => {
    const week = await ask('다음 주 일정 뭐 있어?', '2022-09-14');
    const first = week.text.split('\n')[1]!;
    expect(first).toContain('기간 2022년 9월 21일 (수) ~ 9월 23일 (금)'); // Try Everything (line 454)
  });
});
