import type { Knowledge } from '../knowledge/Knowledge';
import { askedCounter, withoutVerbTail } from '../text/grammar';
import type { TableRow } from '../model/tableRow';
import type { Card } from './matchState';
import { compactText } from './compactText';
import type { Question } from './Question';
import { MIN_MATCH, rankFacts } from './rankFacts';
import { withoutWords } from './withoutWords';

/** A table row the question points at, and the columns it names (empty: the whole row). */
export interface TableHit {
  row: TableRow;
  columns: number[];
  /** Whether the question names both the row and a column (`창업지원 … 합계`), the cell itself. */
  cellNamed: boolean;
}

/**
 * The table row a question names, read cell by cell: its row and column (`뉴딜일자리 문화분야
 * 참여자 수` → 문화 × 참여자(명)), a row whose name is a field rather than the program itself
 * (`기술교육원 위탁법인`), a column of a table with one row (`비기너 단계 업체 몇개`), or a column
 * named without a row (`임기제 정원/현원 전체`, `펀드 21년 조성액` → its total row). Every word
 * that names something must be in the row's program, caption, headers or cells. Null otherwise.
 */
export function lookupTableRow(kb: Knowledge, q: Question): TableHit | null {
  const asked = compactText(q.text);
  // `지원한 기업 몇 개`: a row's name may be asked as a verb and its noun (`지원기업 수`).
  const stemmed = compactText(q.text.split(/\s+/).map(withoutVerbTail).join(' '));
  const hits = new Map<TableRow, RowHit>();
  const counting = askedCounter(q.text) !== null;
  // `창업지원 분야 누적 조성액`: a running total asked names a table's total column (`합계`).
  const totals = kb.lexicon.intent('table').cue('cumulative').test(q.text) ? kb.lexicon.intent('search').cue('totalRow').words : [];
  const countTails = kb.lexicon.intent('ranking').cue('countTails').words;
  const columnsNamed = headerColumns(asked, totals, counting);
  for (const card of kb.match.tableRows.cards) {
    const row = card.fact;
    const { key, keyParts, keyWords, headerKeys, headerStems, programTitle, rowsInTable } = kb.tables.rows.get(row)!;
    const columns = namedColumns(row, columnsNamed(headerKeys, headerStems));
    // `북부 훈련인원`: one name of a pair label (`학과/인원`) names its row when a column is named too.
    // The question's word may end in that name (`훈련인원` is a kind of 인원).
    const part = columns.length > 0 ? keyParts.find((p) => asked.includes(p) && (!partOfOtherWord(kb, q, p) || headOfWord(q, p))) : undefined;
    // `지원기업 몇 개`: a count asked names the row `지원기업 수` without its count word.
    const countKey = counting ? countTails.find((t) => key.endsWith(t) && key.length - t.length >= 2) : undefined;
    const typedKey = countKey && !asked.includes(key) ? key.slice(0, -countKey.length) : key;
    const exactRow = (typedKey.length >= 2 && (asked.includes(typedKey) || stemmed.includes(typedKey)) && !partOfOtherWord(kb, q, typedKey)) || part !== undefined;
    // `동대문 패션 R&D` names `(동대문) 패션 산업 R&D`: a label of three words or more with one left out.
    const held = exactRow ? [] : keyWords.filter((w) => asked.includes(w));
    const rowNamed = exactRow || (keyWords.length > 0 && held.length === keyWords.length - 1);
    const rowWord = part !== undefined && !asked.includes(typedKey) ? part : typedKey;
    const fieldRow = rowNamed && !programTitle.includes(exactRow ? rowWord : held.join(''));
    const lonelyRow = columns.length > 0 && rowsInTable <= (row.isTotal ? 0 : 1);
    // `임기제 정원/현원 전체`, `펀드 21년 조성액`: a column named without a row is its total row.
    const columnTotal = columns.length > 0 && row.isTotal;
    if (!((rowNamed && columns.length) || fieldRow || lonelyRow || columnTotal)) continue;
    // The row and column the question names are found already, however the table spaces them (`창업 생태계`).
    const words = [...(exactRow ? [rowWord] : rowNamed ? held : []), ...columns.flatMap((i) => headerKeys[i]!.filter((k) => asked.includes(k)))];
    hits.set(row, { columns, named: Number(rowNamed) + Number(columns.length > 0), words, card, rowless: !rowNamed && !fieldRow && !lonelyRow, loose: rowNamed && !exactRow });
  }
  withoutTwinLooseRows(hits);
  if (hits.size === 0) return null;
  const ranked = [...hits.values()].flatMap((hit) => {
    const about = withoutWords(kb, q, hit.words);
    // A total row found by its column alone (`21년 …`) needs the question to name its table's program too.
    if (hit.rowless && !about.topics.some((t) => t.required.some((w) => !/\d/.test(w)))) return [];
    return rankFacts(kb, about, kb.match.tableRows, (r) => r === hit.card.fact);
  }).filter((r) => r.base >= MIN_MATCH);
  const best = ranked.sort((a, b) => b.score + 0.3 * hits.get(b.fact)!.named - (a.score + 0.3 * hits.get(a.fact)!.named))[0];
  if (!best || namesOtherRowsPlace(kb, q, best.fact)) return null;
  return { row: best.fact, columns: hits.get(best.fact)!.columns, cellNamed: hits.get(best.fact)!.named === 2 };
}

/** What a row the question may name is named by. */
interface RowHit {
  columns: number[];
  named: number;
  words: string[];
  card: Card<TableRow>;
  rowless: boolean;
  /** Named by its label with one word left out. */
  loose: boolean;
}

/** `투자기업 성과` holds two of three words of two rows (`투자기업 매출액 성과`, `… 고용지표 성과`): neither is named. */
function withoutTwinLooseRows(hits: Map<TableRow, RowHit>): void {
  const looseTables = [...hits].filter(([, hit]) => hit.loose).map(([row]) => row.table);
  for (const [row, hit] of hits) if (hit.loose && looseTables.filter((table) => table === row.table).length > 1) hits.delete(row);
}

/**
 * Whether the question names a place that another row of the row's table is labelled with, and this
 * one is not (`홍릉 로봇 R&D` is no row: 홍릉's is 바이오·의료, 로봇's is 수서).
 */
function namesOtherRowsPlace(kb: Knowledge, q: Question, row: TableRow): boolean {
  const label = (r: TableRow) => compactText(r.cells.slice(0, r.labelColumns).join(' '));
  const own = label(row);
  const others = kb.match.tableRows.cards.filter((c) => c.fact.table === row.table && c.fact !== row).map((c) => label(c.fact));
  return q.topics.some((t) => t.required.some((w) => kb.match.placeWords.has(w) && !own.includes(w) && others.some((other) => other.includes(w))));
}

/**
 * The value columns of each table's headers that the question names, found once per question for
 * all the rows sharing those headers (every row of a table, in every yearly report); with a count
 * asked, a header named without its count word (`접수과제 몇 건` names `접수과제 수`).
 */
function headerColumns(asked: string, totals: readonly string[], counting: boolean): (keys: readonly (readonly string[])[], stems: readonly (readonly string[])[]) => readonly number[] {
  const named = new Map<readonly (readonly string[])[], number[]>();
  return (keys, stems) => {
    let columns = named.get(keys);
    if (!columns) {
      columns = [];
      for (let i = 0; i < keys.length; i++) if (namesAny(asked, keys[i]!, totals) || (counting && namesAny(asked, stems[i]!, []))) columns.push(i);
      named.set(keys, columns);
    }
    return columns;
  };
}

/** Of the columns named, those holding a value in this row (never one of its label columns). */
function namedColumns(row: TableRow, named: readonly number[]): number[] {
  return named.length === 0 ? [] : named.filter((i) => i >= row.labelColumns && Boolean(row.cells[i]));
}

/** Whether the question (compacted) holds one of `keys`, or one of them is a total's name. */
function namesAny(asked: string, keys: readonly string[], totals: readonly string[]): boolean {
  for (const key of keys) if (asked.includes(key) || totals.includes(key)) return true;
  return false;
}

/** Whether a word of the question ends in `name` (`훈련인원` ends in `인원`). */
function headOfWord(q: Question, name: string): boolean {
  return q.text.toLowerCase().split(/\s+/).some((w) => w.endsWith(name));
}

/** Whether the question writes a row's name only inside another word of the report (`바이오` in `바이오펀드`). */
function partOfOtherWord(kb: Knowledge, q: Question, key: string): boolean {
  const words = q.text.toLowerCase().split(/\s+/);
  const holder = words.find((w) => w.includes(key));
  return holder !== undefined && holder !== key && kb.vocabulary.has(holder);
}
