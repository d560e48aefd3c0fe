import { describe, expect, it } from 'vitest';
import { SectionTree } from '../../src/parse/SectionTree';

describe('SectionTree', () => {
  it('nests a section under the innermost shallower one, numbers a repeated id, and stretches every open section to a line appended', () => {
    const tree = new SectionTree('doc', '표지');
    const part = tree.open('part', 'IV', 'IV', '주요 업무보고', 2);
    tree.open('chapter', '1', 'IV-1', '기업수요', 3);
    const program = tree.open('program', '1', 'IV-1-①', '청년취업사관학교', 4);
    tree.open('subsection', '추진현황', 'IV-1-①', '추진현황', 5);
    tree.open('subsection', '추진현황', 'IV-1-①', '추진현황', 9, program);
    tree.append({ n: 12, raw: '- 개관', norm: '- 개관' });
    const sections = tree.sections();
    expect(sections.map((s) => s.id)).toEqual(['doc/cover', 'doc/IV', 'doc/IV/1', 'doc/IV/1/1', 'doc/IV/1/1/추진현황', 'doc/IV/1/1/추진현황~2']);
    expect(sections[5]!.path).toEqual(['주요 업무보고', '기업수요', '청년취업사관학교', '추진현황']);
    expect(sections[5]!.programId).toBe(program.id);
    expect(part.lastLine).toBe(12);
    // A part closes every deeper section: a line after it is the part's alone.
    tree.open('part', 'V', 'V', '기타', 20);
    tree.append({ n: 21, raw: '끝', norm: '끝' });
    expect(program.lastLine).toBe(12);
    expect(tree.nearest('program')).toBeUndefined();
  });
});
