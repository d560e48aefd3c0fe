import { describe, expect, it } from 'vitest';
import { askAt } from './askAt';

const ask = askAt;

describe('comparisons over any table', () => {
  it('finds the largest item of a column, naming the table, the column and the unit', async () => {
    const answer = await ask('R&D 지원사업 중 지원금액 가장 큰 거');
    expect(answer).toMatchObject({ intent: 'aggregate', found: true });
    expect(answer.headline).toContain('(홍릉) 바이오·의료 R&D 5,700'); // line 655
    expect(answer.text).toContain('항목: 지원금액(백만원) · 단위: 백만원');
    expect(answer.citations[0]!.line).toBe(655);
  });

  it('never counts a total row as the largest', async () => {
    const fund = await ask('미래혁신성장펀드 분야별 조성목표 젤 큰 분야');
    expect(fund.headline).toContain('창업지원 3,500'); // not `합 계 14,310`
    expect(fund.text).toContain('단위: 억원');
  });

  it('finds the smallest too', async () => {
    expect((await ask('안심일자리 분야 중 참여인원 가장 적은 분야')).headline).toContain('디지털 전환 219');
  });

  it('compares facilities by area, from a table row or from their locations', async () => {
    expect((await ask('청년취업사관학교 캠퍼스 중 면적 제일 넓은 곳')).headline).toContain('영등포 3,611.31㎡');
    expect((await ask('패션허브 3곳 중 가장 큰 공간')).headline).toContain('창업뜰 3,140㎡');
  });

  it('sums a column, saying whether the report gave the total', async () => {
    expect((await ask('뉴딜일자리 분야별 참여자 합계')).headline).toContain('2,777명 (5개 항목을 더한 값)');
    expect((await ask('R&D 접수과제 수 총 몇 건')).headline).toContain('1,269 (보고서의 합계)');
  });

  it('leaves a program’s own figure to its intent', async () => {
    expect((await ask('AI지원센터 총사업비 얼마야?')).intent).toBe('budget');
  });
});
