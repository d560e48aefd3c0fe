import type { Knowledge } from '../knowledge/Knowledge';
import type { TableRow } from '../model/tableRow';
import type { Card } from './matchState';
import { compactText } from './compactText';
import type { Question } from './Question';
import { MIN_MATCH, rankFacts } from './rankFacts';
import { withoutWords } from './withoutWords';

/** A table the question asks to list, by a word of its caption: its rows' names. */
export interface TableList {
  rows: TableRow[];
  caption: string;
}

/**
 * The table whose rows a question asks for by its caption (`미래혁신성장펀드 조성분야 뭐뭐` → the
 * rows of `조성분야(6개 분야) 및 투자대상`): a caption word of three syllables or more the question
 * writes (not a word of the program's own name), a word asking for a list (`뭐뭐`, `목록`), and the
 * rest of the question naming the table's program.
 */
export function lookupTableList(kb: Knowledge, q: Question): TableList | null {
  if (!kb.lexicon.intent('table').cue('list').test(q.text)) return null;
  const asked = compactText(q.text);
  const hits: { rows: TableRow[]; caption: string; word: string; card: Card<TableRow> }[] = [];
  // The program's own name is not what the table lists (`3개 기술교육원 4개 캠퍼스` under 기술교육원 혁신).
  for (const { cards, caption, captionWords } of kb.tables.tables) {
    const word = captionWords.find((w) => asked.includes(w));
    if (word) hits.push({ rows: cards.map((c) => c.fact), caption, word, card: cards[0]! });
  }
  const ranked = hits.flatMap((hit) => rankFacts(kb, withoutWords(kb, q, [hit.word]), kb.match.tableRows, (r) => r === hit.card.fact).map((r) => ({ ...r, hit })));
  const best = ranked.filter((r) => r.base >= MIN_MATCH).sort((a, b) => b.score - a.score)[0];
  return best ? { rows: best.hit.rows, caption: best.hit.caption } : null;
}
