import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { isAllHangul, saysWhereItIs, stripParticle } from '../text/grammar';
import { compactText } from './compactText';
import type { Question } from './Question';
import { writtenIn } from './sectionMatches';

/**
 * Whether a place answer is of another place than the one asked: the question names a place the
 * report writes as such (`노량진 청년일자리센터`, a line listing it), and neither the answer nor what
 * it is of says the word that tells it apart (`노량진`): `서울시 청년일자리센터(중구 장교동)` is not it.
 *
 * @example
 * answersOtherPlace(kb, question, answer); // true for `노량진 청년일자리센터 주소` answered with 중구 장교동
 */
export function answersOtherPlace(kb: Knowledge, question: Pick<Question, 'text'>, answer: Answer): boolean {
  if (!answer.found || answer.intent !== 'location') return false;
  // `노량진에 있는 청년일자리센터`: a place, the verb saying it is there, then the name.
  const typed = question.text.split(/\s+/);
  const words = typed.filter((word, i) => !(i > 0 && saysWhereItIs(typed[i - 1]!, word))).map((word) => stripParticle(word.replace(/[?？!.,]+$/, '')));
  // What the answer is of counts too (`홍릉 … 클러스터`'s R&D지원센터 is 홍릉's).
  const shown = compactText([answer.text, answer.subject ?? '', ...answer.citations.map((c) => c.title)].join(' '));
  return words.some((head, i) => {
    const name = words[i + 1] ?? '';
    if (head.length < 2 || name.length < 3 || !isAllHangul(head) || !isAllHangul(name)) return false;
    // The answer is of that name (`청년일자리센터`) but not the one asked: another place called so.
    return shown.includes(compactText(name)) && !shown.includes(compactText(head)) && writtenIn(kb.match.sections, compactText(`${head}${name}`).toLowerCase());
  });
}
