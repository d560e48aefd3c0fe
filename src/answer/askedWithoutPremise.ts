import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { namedWords, namesOwnSubject } from './followUp';
import { narrowsWhere } from './narrowsWhere';

/**
 * A question refused whole that first says what the asker already knows or heard (`서울
 * 시네마테크의 '22년 예산이 본예산과 이월액으로 나뉘어 있다고 들었는데, 그중 이월된 금액이
 * 얼마인지 …`; the lexicon's `premiseWords` close that clause), asked again without it: with only
 * the names the clause says (`시네마테크`) before what follows, and, when what follows names its own
 * subject, as it is. What the asker believes (`두 갈래`, `'25.11까지`) never has to be in the answer;
 * what they ask still does. Null when no such clause comes before a question, or no reading is answered.
 *
 * @example
 * askedWithoutPremise(kb, '시네마테크 예산이 본예산과 이월액으로 나뉜다고 들었는데, 이월액은 얼마예요?', ask)?.found; // true
 */
export function askedWithoutPremise(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const ends = [...input.matchAll(kb.lexicon.premiseEnd)].map((m) => (m.index ?? 0) + m[0].length).filter((end) => end < input.length);
  const end = ends.at(-1);
  if (end === undefined) return null;
  const [premise, rest] = [input.slice(0, end), input.slice(end).trim()];
  // Its names, and the city or place that still says where (`부산기술교육원은 …`: still asked of 부산).
  const where = premise.split(/\s+/).map((word) => word.replace(/[^\p{L}\p{N}]+$/u, '')).filter((word) => narrowsWhere(kb, word));
  const named = namedWords(kb, premise);
  const names = [...new Set([...where, ...named])];
  const ownSubject = namesOwnSubject(kb, rest);
  // `올해 12월에 … 착공되는 곳이 있다던데 어디예요?`: a premise naming nothing the reports name, before a question naming nothing, is what is asked.
  if (named.length === 0 && !ownSubject) return null;
  const questions = [...(names.length ? [`${names.join(' ')} ${rest}`] : []), ...(ownSubject ? [[...where, rest].join(' ')] : [])];
  for (const question of new Set(questions)) {
    const answer = ask(question);
    if (answer.found) return answer;
  }
  return null;
}
