import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { compactText } from './compactText';

/**
 * A department's figure asked through what the department does (`캠퍼스타운 담당 과 정원 현원 몇이야`,
 * `서울투자청 설립 업무 소관 부서의 예산현액`): the question up to its first figure word is asked
 * for the department whose duties name it, then the rest of it of that department. Both answers,
 * or null when the question asks no department figure (the department intent's `figures` cue),
 * names the department itself, or either answer is not found.
 *
 * @example
 * askedViaDepartment(kb, '캠퍼스타운 담당 과 정원 현원 몇이야', whole, ask); // [캠퍼스타운활성화과 소관, its 정원 17 / 현원 16]
 */
export function askedViaDepartment(kb: Knowledge, asked: string, answer: Answer, ask: (text: string) => Answer): [Answer, Answer] | null {
  const words = kb.lexicon.intent('department');
  const figures = words.cue('figures').present(asked);
  if (figures.length === 0 || !words.asks(asked)) return null;
  const at = Math.min(...figures.map((word) => asked.indexOf(word)).filter((i) => i > 0));
  if (!Number.isFinite(at)) return null;
  const owner = answer.found && answer.intent === 'department' ? answer : ask(asked.slice(0, at));
  const department = owner.found && owner.intent === 'department' ? owner.subject : null;
  // `금융투자과 정원`: a department named is asked directly, not through its duties.
  if (!department || compactText(asked).includes(compactText(department))) return null;
  const figure = ask(`${department} ${asked.slice(at)}`);
  return figure.found ? [owner, figure] : null;
}
