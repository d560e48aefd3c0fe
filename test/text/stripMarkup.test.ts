import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../src/text/stripMarkup';
import { withoutFootnotes } from '../../src/text/withoutFootnotes';
import { realKnowledge, reportLines } from '../helpers';

describe('stripMarkup', () => {
  it('drops the HTML the OCR left in table cells, keeping the cells', () => {
    // Report line 1209 (뷰티복합문화공간 공간구성 table).
    const cleaned = stripMarkup(reportLines[1208]!);
    expect(cleaned).not.toMatch(/<ul|style=|list-style/);
    expect(cleaned.split('\t')[0]).toBe('뷰티×테크');
    expect(cleaned).toContain('· 기능 : 뷰티테크 체험공간 / 279.71㎡ (약 85평)');
  });

  it('keeps words in angle brackets and indentation', () => {
    expect(stripMarkup(' - 빛축제 <서울라이트>와 DDP')).toBe(' - 빛축제 <서울라이트>와 DDP');
    expect(stripMarkup('< 개막식 >')).toBe('< 개막식 >');
  });

  it('leaves no HTML anywhere in the loaded report', async () => {
    const kb = await realKnowledge();
    for (const section of kb.sections) expect(section.text, section.label).not.toMatch(/<\/?[a-z]+[\s>]/);
  });
});

describe('withoutFootnotes', () => {
  it('drops footnote marks from shown text', () => {
    expect(withoutFootnotes(reportLines[1562]!)).toBe('지원기업 수\t10,898\t10,850\t29\t19'); // line 1563
    expect(withoutFootnotes('스케일업¹⁾을 지원')).toBe('스케일업을 지원');
  });
});
