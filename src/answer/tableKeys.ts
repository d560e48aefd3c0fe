import type { Section } from '../model/section';
import type { TableRow } from '../model/tableRow';
import { compactText } from './compactText';
import type { Card } from './matchState';
import type { CardSet } from './cardSet';

/** How a question can name a table row, worked out once per load. */
export interface RowKeys {
  /** Its last name cell without the part in parentheses: `문화`. */
  key: string;
  /** The names a pair label joins with `/` (`학과/인원` → `학과`, `인원`); empty for any other label. */
  keyParts: readonly string[];
  /** The words of a label of three words or more (`패션 산업 R&D` → `패션`, `산업`, `r&d`), any one of which a question may leave out; else empty. */
  keyWords: readonly string[];
  /** Each header's names: `지원금액(백만원)` → `지원금액`; `2일차, 9.22(목)` → `2일차` too. */
  headerKeys: readonly (readonly string[])[];
  /** Each header's names without a count word (`접수과제 수` → `접수과제`), for a count asked. */
  headerStems: readonly (readonly string[])[];
  /** Its program's title, compacted. */
  programTitle: string;
  /** How many data rows (not totals) its table has. */
  rowsInTable: number;
}

/** One table: its data rows' cards, caption words and program, for questions asking for its rows. */
export interface TableGroup {
  cards: readonly Card<TableRow>[];
  caption: string;
  /** The caption's words of three syllables or more that are not the program's own name. */
  captionWords: readonly string[];
}

/** Everything the table lookups read, built when the corpus loads. */
export interface TableKeys {
  rows: ReadonlyMap<TableRow, RowKeys>;
  tables: readonly TableGroup[];
  /** Each row by the report line it is written on (`rowLineKey`). */
  byLine: ReadonlyMap<string, TableRow>;
  /** Every column header name of every table, once (a question naming none names no cell). */
  headerWords: readonly string[];
}

/** The key of a report line in `TableKeys.byLine`. */
export const rowLineKey = (docId: string, line: number) => `${docId}\u0000${line}`;

/**
 * Reads every table row's names once (its row key, header names, program title) and groups the
 * rows by table, so a question only compares strings.
 *
 * @example
 * buildTableKeys(kb.match.tableRows, kb.sectionById).rows.get(row)?.key; // '문화'
 */
export function buildTableKeys(set: CardSet<TableRow>, sectionById: ReadonlyMap<string, Section>, countTails: readonly string[] = [], once: Once = (_kind, _key, make) => make()): TableKeys {
  const byTable = new Map<string, Card<TableRow>[]>();
  for (const card of set.cards) if (!card.fact.isTotal) byTable.set(card.fact.table, [...(byTable.get(card.fact.table) ?? []), card]);
  const programOf = (row: TableRow) => compactText(sectionById.get(row.programId ?? '')?.title ?? row.owner);
  const rows = new Map<TableRow, RowKeys>();
  const byLine = new Map<string, TableRow>();
  for (const { fact: row } of set.cards) {
    const at = rowLineKey(row.source.docId, row.source.line);
    if (!byLine.has(at)) byLine.set(at, row);
    const last = row.cells.slice(0, row.labelColumns).filter(Boolean).pop() ?? row.label;
    const bare = last.replace(/\([^)]*\)/g, '');
    // `학과/인원`, `(홍릉) 바이오·의료 R&D`: each name of a pair, and a bracketed place, names the row with a column.
    const bracketed = [...last.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
    const parts = [...bare.split(/[/·]/), ...bracketed].map(compactText).filter((part) => part.length >= 2);
    // The same headers recur in every row of a table, and in every yearly report: read once.
    const { keys, stems } = once('rowHeaders', row.headers.join('\u0001'), () => headerNames(row.headers, countTails));
    rows.set(row, {
      key: compactText(bare),
      keyParts: parts.length > 1 ? parts : [],
      keyWords: labelWords(bare),
      headerKeys: keys,
      headerStems: stems,
      programTitle: programOf(row),
      rowsInTable: byTable.get(row.table)?.length ?? 0,
    });
  }
  const tables = [...byTable.values()].flatMap((cards) => {
    const first = cards[0]!.fact;
    if (!first.caption || cards.length < 2) return [];
    const program = programOf(first);
    const captionWords = first.caption.replace(/\([^)]*\)/g, ' ').split(/[\s,·:]+/).map(compactText).filter((w) => w.length >= 3 && !program.includes(w));
    return [{ cards, caption: first.caption, captionWords }];
  });
  const headerWords = [...new Set([...rows.values()].flatMap((keys) => keys.headerKeys.flat()))];
  return { rows, tables, byLine, headerWords };
}

/** The words of a label of three words or more, compacted; none for a shorter label. */
function labelWords(label: string): string[] {
  const words = label.split(/\s+/).map(compactText).filter((w) => w.length >= 2);
  return words.length >= 3 ? words : [];
}

/** Whatever `make` derives from the content `key` stands for, made once per key and kind (`MatchShare.once`). */
export type Once = <T>(kind: string, key: string, make: () => T) => T;

/** Each header's names, and the same without a count word. */
function headerNames(headers: readonly string[], countTails: readonly string[]): { keys: string[][]; stems: string[][] } {
  const keys = headers.map(headerKeys);
  return { keys, stems: keys.map((names) => names.flatMap((k) => countTails.filter((t) => k.endsWith(t) && k.length - t.length >= 2).map((t) => k.slice(0, -t.length)))) };
}

/** A header's names: without brackets, each of a comma list, a year without its apostrophe (`'21년` is asked `21년도`, `2021년`). */
function headerKeys(header: string): string[] {
  const bare = header.replace(/\([^)]*\)/g, '');
  return [bare, ...bare.split(',')].map((k) => compactText(k).replace(/^['‘’]+(?=\d)/, '')).filter((k) => k.length >= 2);
}
