import type { Answer } from '../../model/answer';
import type { Knowledge } from '../../knowledge/Knowledge';
import type { AnswerOptions } from '../../answer/resolveAsOf';

/**
 * The answering core as the Slack app sees it. main.ts wires in `loadKnowledge` and `answerQuestion`;
 * taking them as parameters keeps the app independent of how the core is built.
 */
export interface CoreApi {
  /**
   * Reads, parses and indexes `corpusDir`, keeping from `previous` every report whose text and word
   * files did not change; throws (a CorpusError, naming file and line) on a bad corpus.
   */
  loadKnowledge(corpusDir: string, previous?: Knowledge): Promise<Knowledge>;
  /** Answers one question from the given knowledge, reading relative dates against `options.asOf`; pure and synchronous. */
  answerQuestion(kb: Knowledge, question: string, options?: AnswerOptions): Answer;
}
