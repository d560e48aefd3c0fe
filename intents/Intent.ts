import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer, IntentName } from '../src/model/answer';

/**
 * One kind of question. `detect` says whether the question's words ask for it; `answer` answers
 * from the fact tables, or returns null to let the search fallback try.
 */
export interface Intent {
  name: IntentName;
  detect(question: Question): boolean;
  answer(kb: Knowledge, question: Question): Answer | null;
}
