import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer, IntentName } from '../src/model/answer';

/**
 * One kind of question. `detect` says whether the question's words ask for it; `answer` answers
 * from the fact tables, or returns null to let the search fallback try.
 */
export interface Intent {
  name: IntentName;
  /** Whether the question's words ask for this intent (its `words` in `corpus/lexicon.json`). */
  detect(question: Question, kb: Knowledge): boolean;
  answer(kb: Knowledge, question: Question): Answer | null;
}
