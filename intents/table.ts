import { answerOf, citationOf } from '../src/answer/compose';
import { carries } from '../src/answer/carries';
import { lookupTableList } from '../src/answer/lookupTableList';
import { lookupTableRow } from '../src/answer/lookupTableRow';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { TableRow } from '../src/model/tableRow';
import { MESSAGES } from '../src/answer/messages';
import { askedMonth } from '../src/dates/askedMonth';
import { figureMonth } from '../src/dates/figureMonth';
import { monthOutside } from '../src/dates/monthOutside';
import { askedCounter } from '../src/text/grammar';
import { statesCount } from '../src/text/valueShapes';
import { describeTableRow } from '../src/render/describeTableRow';
import type { Intent } from './Intent';

/**
 * Table questions: a cell the question names by its row and column (`뉴딜일자리 문화분야 참여자
 * 수`, `ON서울 마켓 라이브커머스 지원기업 수`), a row that is a field of its program (`기술교육원
 * 위탁법인`), answered with the row as `header: value` pairs; or the rows a table's caption names
 * (`미래혁신성장펀드 조성분야 뭐뭐`). Tried after the fact intents.
 */
export const table: Intent = {
  name: 'table',
  detect: () => true,
  answer(kb, q) {
    const hit = lookupTableRow(kb, q);
    if (!hit) return listAnswer(kb, q);
    const { row, columns } = hit;
    const unit = row.unit ? MESSAGES.unit(row.unit) : '';
    const shown = describeTableRow(row, columns.length ? columns : undefined);
    // `마포캠퍼스 예산만 따로 얼마`: a money question is not answered with a row stating no money.
    if (kb.lexicon.intent('budget').asks(q.text) && !statesMoney(row, columns, `${shown}${unit}`)) return null;
    // `마포 캠퍼스 교육인원 몇 명`: a count question is not answered with a row stating no count (an address, an area).
    const counter = askedCounter(q.text);
    if (counter && !statesCount(row.cells.join('\t'), counter) && !row.cells.some((cell) => FIGURES.test(cell))) return null;
    // `ON서울 마켓 8월 매출`: never a table whose caption states its figures for other months (`추진실적('22.1.~7.)`).
    if (monthOutside(askedMonth(q.text), figureMonth(row.caption ?? ''))) return null;
    return answerOf(q, 'table', {
      headline: `${tableOwner(row)}: ${shown}${unit}`,
      subject: row.owner,
      fields: row.cells.flatMap((cell, i) => (i >= row.labelColumns && cell && row.headers[i] ? [{ label: row.headers[i]!, value: cell }] : [])),
      citations: [citationOf(row.source)],
    });
  },
};

/** `미래혁신성장펀드 조성분야 뭐뭐`: the names of the rows of the table the question's caption word picks. */
function listAnswer(kb: Knowledge, q: Question): Answer | null {
  const list = lookupTableList(kb, q);
  if (!list) return null;
  const labels = [...new Set(list.rows.map((r) => r.label))];
  const first = list.rows[0]!;
  return answerOf(q, 'table', {
    headline: MESSAGES.tableList(first.owner, list.caption, labels.slice(0, 12), labels.length),
    subject: first.owner,
    citations: [citationOf(first.source)],
  });
}

/**
 * Whether the cells shown state money: an amount written out, or figures whose unit (the table's,
 * a shown column's header or the row's label: `매출액(백만원)`) is money.
 */
function statesMoney(row: TableRow, columns: readonly number[], shown: string): boolean {
  const labels = [...(columns.length ? columns : row.headers.map((_, i) => i)).map((i) => row.headers[i] ?? ''), ...row.cells.slice(0, row.labelColumns)];
  const units = labels.map((label) => /\(([^()]*)\)/.exec(label ?? '')?.[1] ?? '');
  return carries('amount', shown) || [row.unit ?? '', ...units].some((u) => u !== '' && carries('amount', `1${u}`));
}

/** A cell of bare figures: `1,640`, a pair such as `35/1,640` (학과/인원), or with a note (`3,561 (56.1%)`). */
const FIGURES = /^\s*\d[\d,.]*(?:\s*\/\s*\d[\d,.]*)*\s*(?:\([^()]*\))?\s*$/;

/** Whose table it is: the program, or for the office's own tables (no program) the block they are in (`인력현황`). */
function tableOwner(row: TableRow): string {
  return row.programId ? row.owner : (row.source.sectionPath.at(-1) ?? row.owner);
}
