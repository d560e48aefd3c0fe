import type { Knowledge } from '../knowledge/Knowledge';
import type { Section } from '../model/section';
import type { TableRow } from '../model/tableRow';
import { describeTableRow } from '../render/describeTableRow';
import { rowLineKey } from './tableKeys';

/**
 * How a line of a passage is shown: a table row as `header: value` pairs, any other line as it is;
 * null for a table's header line, which answers nothing by itself.
 *
 * @example
 * passageLine(kb, section, 1496, '그린환경\t3,561 (56.1%)\t…'); // '그린환경 — 참여인원: 3,561 (56.1%) · 주요내용: …'
 */
export function passageLine(kb: Knowledge, section: Section, line: number, text: string): string | null {
  if (!text.includes('\t')) return text;
  const row = tableRowAt(kb, section, line);
  return row ? describeTableRow(row) : null;
}

/**
 * The table row on line `line` of `section`'s report, if that line is one (not a header line).
 *
 * @example
 * tableRowAt(kb, section, 1564)?.caption; // "추진실적('22.1.~7.) : 총 10,898개사 / 3,095억원 매출지원"
 */
export function tableRowAt(kb: Knowledge, section: Section, line: number): TableRow | undefined {
  return kb.tables.byLine.get(rowLineKey(section.docId, line));
}
