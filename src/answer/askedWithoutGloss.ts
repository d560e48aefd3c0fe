import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { analyzeQuestion } from './analyzeQuestion';
import { compactText } from './compactText';
import { narrowsWhere } from './narrowsWhere';
import { programWrites } from './namesOtherEdition';
import { namedWords } from './followUp';
import { withReading } from './withReading';

/** A bracket's content: what a question glosses a word with (`근무조건(시급, 월 최대 급여)`). */
const GLOSS = /\(([^()]{2,40})\)/g;

/**
 * A question refused with brackets glossing its words (`뉴딜일자리 근무조건(시급, 월 최대 급여)은?`,
 * `직무캠프(직무훈련 3개월+인턴십 3개월 연계형) 예산`), asked without them: its answer stands when
 * each bracket shows in the answer (`시간당 10,770원`) or is written, word and figure, in the
 * answered program's text (an analyst's gloss copied from the report). A bracket naming a place, a
 * city or a year narrows the question (`예산(부산 캠퍼스)`, `(2021년)`), so it still refuses.
 *
 * @example
 * askedWithoutGloss(kb, '뉴딜일자리 근무조건(시급, 월 최대 급여)은?', ask)?.found; // true
 */
export function askedWithoutGloss(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  return askedByGlossedName(kb, input, ask) ?? askedWithoutGlosses(kb, input, ask);
}

/**
 * `SIC(서울혁신챌린지) 사업예산`: a word the reports do not know, glossed by a name they do, is that
 * name's short form; asked with the name alone, the answer says how it read the word.
 */
function askedByGlossedName(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const glossed = /([\p{L}\p{N}&]{2,12})\(([^()]{2,40})\)/u.exec(input);
  if (!glossed || kb.vocabulary.has(glossed[1]!.toLowerCase()) || namedWords(kb, glossed[2]!).length === 0 || namedWords(kb, glossed[1]!).length > 0) return null;
  const answer = ask(input.replace(glossed[0], ` ${glossed[2]} `).replace(/\s+/g, ' ').trim());
  return answer.found ? withReading(answer, { typed: glossed[1]!, read: glossed[2]! }) : null;
}

function askedWithoutGlosses(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const glosses = [...input.matchAll(GLOSS)].map((m) => ({ whole: m[0], inner: m[1]!, named: analyzeQuestion(kb, m[1]!).topics.flatMap((t) => t.required) }));
  if (glosses.length === 0 || glosses.some(({ inner, named }) => named.length === 0 || named.some((word) => narrowsWhere(kb, word)) || /(?:19|20)\d\d|'\d\d/.test(inner))) return null;
  const answer = ask(glosses.reduce((text, { whole }) => text.replace(whole, ' '), input).replace(/\s+/g, ' ').trim());
  if (!answer.found) return null;
  const shown = compactText(answer.text).toLowerCase();
  const writes = programWrites(kb, answer);
  const written = (inner: string, named: readonly string[]) => named.every(writes) && (inner.match(/\d+/g) ?? []).every(writes);
  const glossed = glosses.every(({ inner, named }) => (!/\d/.test(inner) && named.some((word) => shown.includes(compactText(word).toLowerCase()))) || written(inner, named));
  return glossed ? answer : null;
}
