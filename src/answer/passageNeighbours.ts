/**
 * Lines shown beside a passage's best line: the other rows of its table (`뭐뭐`), the line naming what it
 * only counts (`3개소`), and whether a line hangs under another (a sub-bullet, a note, a continuation).
 */
import type { Knowledge } from '../knowledge/Knowledge';
import type { Section } from '../model/section';
import { commaItems, unlistedCount } from '../text/valueShapes';
import { bagHaystack } from './haystack';
import { contains, type NamedWord } from './matchScore';
import { passageLine } from './passageLine';

/** A line of a section: the section and the line's index in it. */
export interface PassageSpot {
  section: Section;
  i: number;
}

/** The other rows of the table a line is a row of (not its header), or none when it is no table row. */
export function otherRows(kb: Knowledge, line: PassageSpot): string[] {
  const lines = kb.match.sections.get(line.section.id)?.lines ?? [];
  const isRow = (i: number) => lines[i]?.text.includes('\t') ?? false;
  if (!isRow(line.i)) return [];
  let [first, last] = [line.i, line.i];
  while (isRow(first - 1)) first--;
  while (isRow(last + 1)) last++;
  const section = line.section;
  return lines
    .slice(first + 1, last + 1)
    .filter((l) => l.index !== line.i)
    .flatMap((l) => passageLine(kb, section, section.lineNumbers[l.index] ?? section.firstLine, l.text) ?? [])
    .slice(0, 6);
}

/**
 * A line of the best line's program naming the `count` things the best one only counts, under a
 * line saying every named word itself (`동북권('09.11), 서북권('18.8), 남부권('17.9)` under
 * `(권역별 패션지원센터) …`), or null.
 */
export function namingLine(kb: Knowledge, best: PassageSpot, specific: readonly NamedWord[], count: number): string | null {
  if (!best.section.programId || specific.length === 0) return null;
  for (const section of kb.sections) {
    const match = section.programId === best.section.programId ? kb.match.sections.get(section.id) : undefined;
    if (!match) continue;
    const namesAll = (i: number) => specific.every((w) => contains(w, bagHaystack(match.lines[i]!.own, match.lines[i]!.text)));
    const line = match.lines.find((l) => l.index !== best.i && commaItems(l.text) >= count && l.above.some(namesAll));
    if (line) return line.text;
  }
  return null;
}

/** Whether line `i` of a section directly follows line `above` and belongs to it: deeper, a note, or a continuation. */
export function hangsUnder(section: Section, i: number, above: number): boolean {
  if (i !== above + 1 || section.lineNumbers[i] !== section.lineNumbers[above]! + 1) return false;
  const lines = section.normText.split('\n');
  const indent = (t: string) => t.match(/^\s*/)![0].length;
  const [top, line] = [lines[above]!, lines[i]!];
  return indent(line) > indent(top) || !/^\s*[-□①-⑳○▶■]/.test(line);
}

/**
 * The sub-bullets right under a line that counts items it does not list, when there are as many as
 * it counts (`교육 분야 : 2개 과정 [SW + DT]` → its SW과정 and DT과정 lines); else none.
 *
 * @example
 * countedItems(kb, { section, i }).map((l) => l.text); // ['SW과정(약 6개월) : …', 'DT과정(약 3개월) : …']
 */
export function countedItems(kb: Knowledge, line: PassageSpot): { text: string; index: number }[] {
  const lines = kb.match.sections.get(line.section.id)?.lines ?? [];
  const items = [];
  for (let k = line.i + 1; k < lines.length && lines[k]!.above.includes(line.i); k++) items.push(lines[k]!);
  return items.length === unlistedCount(lines[line.i]?.text ?? '') ? items : [];
}
