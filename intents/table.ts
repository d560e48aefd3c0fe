import { answerOf, citationOf } from '../src/answer/compose';
import { lookupTableRow } from '../src/answer/lookupTableRow';
import { MESSAGES } from '../src/answer/messages';
import { describeTableRow } from '../src/render/describeTableRow';
import type { Intent } from './Intent';

/**
 * Table questions: a cell the question names by its row and column (`뉴딜일자리 문화분야 참여자
 * 수`, `ON서울 마켓 라이브커머스 지원기업 수`), a row that is a field of its program (`기술교육원
 * 위탁법인`), answered with the row as `header: value` pairs. Tried after the fact intents.
 */
export const table: Intent = {
  name: 'table',
  detect: () => true,
  answer(kb, q) {
    const hit = lookupTableRow(kb, q);
    if (!hit) return null;
    const { row, columns } = hit;
    const unit = row.unit ? MESSAGES.unit(row.unit) : '';
    return answerOf(q, 'table', {
      headline: `${row.owner}: ${describeTableRow(row, columns.length ? columns : undefined)}${unit}`,
      subject: row.owner,
      fields: row.cells.flatMap((cell, i) => (i >= row.labelColumns && cell && row.headers[i] ? [{ label: row.headers[i]!, value: cell }] : [])),
      citations: [citationOf(row.source)],
    });
  },
};
