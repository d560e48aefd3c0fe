import { answerQuestion } from '../../src/answer/answerQuestion';
import type { Answer } from '../../src/model/answer';
import { realKnowledge } from '../helpers';

/** Answers a question from the real report with the clock at `asOf` (the report's own as-of day by default). */
export async function askAt(question: string, asOf = '2022-08-29'): Promise<Answer> {
  return answerQuestion(await realKnowledge(), question, { asOf });
}
