import { describe, expect, it } from 'vitest';
import { askAt } from './askAt';

const ask = askAt;

describe('passage answers show only what matches the question', () => {
  it('appends no unrelated neighbouring bullet', async () => {
    // `- 근무조건 : 생활임금 (시간당 10,770원) …` (line 1515); the block's `추진근거` line says nothing about pay.
    const pay = await ask('뉴딜일자리 시급');
    expect(pay.text).toContain('10,770원');
    expect(pay.text).not.toContain('추진근거');
    expect((await ask('서울투자청 FDI 유치 실적')).text).not.toContain('추진실적 (8.23. 기준)');
  });

  it('keeps a second line that says what the question asks beyond the section’s titles', async () => {
    // `□ 추진실적('22.1.~7.) : … 3,095억원 매출지원` and `※ '21년(1.~12.) 추진실적 : … 매출지원` both name 매출지원.
    expect((await ask('ON서울마켓 올해 매출지원 실적')).text).toContain('3,095억원');
  });

  it('never adds a line read for another reading of the question', async () => {
    // `자동재단 584건` hangs under (창작뜰) (line 1352); `자동재단 466건` (line 1369) under another hub of 패션허브.
    const cutting = await ask('창작뜰 자동재단 지원건수');
    expect(cutting.text).toContain('584건');
    expect(cutting.text).not.toContain('466');
  });

  it('shows a table row as header: value pairs and never a bare header row', async () => {
    const program = await ask('광화문광장에서 하는 패션위크 프로그램');
    expect(program.text).toContain('기업동행 프로젝트 — 기간: 10.10(월) ~ 10.12(수) · 장소: 광화문광장 육조마당 시민마당');
    expect(program.text).not.toContain('\t');
    const people = await ask('안심일자리 참여인원');
    expect(people.text).toContain('6,344명');
    expect(people.text).not.toMatch(/분야\s+참여인원\s+주요내용/);
  });
});
