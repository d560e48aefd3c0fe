import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { comparedWith, sentencesOf } from '../text/grammar';
import { namedWords } from './followUp';
import { relativeYear } from './relativeYear';
import { MESSAGES } from './messages';

/**
 * A question followed by a sentence setting it against something else (`서울형 뉴딜일자리 시급 얼마야?
 * 안심일자리보다 높지?`), as a council aide asks: the question's answer, and the same asked of the
 * other thing (`안심일자리 시급 얼마야?`) side by side, each saying whose it is, so the asker compares;
 * when the report lacks the other thing (`부산 사관학교보다 많아?`), the answer says so. Null when the
 * first sentence is not answered, or the other thing is a time (`작년보다 늘었어?` is a change over
 * time, for the comparison of reports), so the question is read the usual way.
 *
 * @example
 * askedAgainst(kb, '서울형 뉴딜일자리 시급 얼마야? 안심일자리보다 높지?', ask, both)?.text; // '… 10,770원 … 9,160원 …'
 */
export function askedAgainst(
  kb: Knowledge,
  input: string,
  ask: (question: string) => Answer,
  both: (first: Answer, second: Answer) => Answer,
): Answer | null {
  const sentences = sentencesOf(input);
  if (sentences.length !== 2) return null;
  const [asked, follow] = sentences as [string, string];
  const other = comparedWith(follow);
  if (!other || relativeYear(kb, other) !== null || /\d/.test(other)) return null;
  const first = ask(asked);
  if (!first.found) return null;
  // The question about the other thing: its names in place of the question's own.
  const names = namedWords(kb, asked);
  const rest = asked.split(/\s+/).filter((word) => !names.some((name) => word.toLowerCase().includes(name)));
  const second = ask(`${other} ${rest.join(' ')}`);
  if (second.text === first.text) return first;
  // Each figure says whose it is; what the report lacks (`부산 사관학교`) says so.
  const [line = '', ...lines] = second.found ? second.text.split('\n') : [MESSAGES.comparedMissing(other)];
  return both(first, { ...second, text: [line.includes(other) ? line : `${other}: ${line}`, ...lines].join('\n') });
}
