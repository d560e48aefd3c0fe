import { z } from 'zod';
import { IntentName } from '../model/answer';

/** Where in Slack (or outside it) a question was asked, for `/econ stats`. */
export const QuestionSource = z.enum(['command', 'mention', 'thread', 'dm', 'shortcut', 'terminal']);
export type QuestionSource = z.infer<typeof QuestionSource>;

/** One question someone asked, as kept for `/econ stats`. */
export const QuestionRecord = z.object({
  at: z.iso.datetime(),
  user: z.string(),
  question: z.string(),
  intent: IntentName,
  found: z.boolean(),
  answerId: z.string(),
  /** Where it was asked: Slack or the local terminal. */
  via: z.enum(['slack', 'local']),
  /** Where exactly (absent in records written before it was recorded: read as command or terminal). */
  source: QuestionSource.optional(),
});
export type QuestionRecord = z.infer<typeof QuestionRecord>;

/** One 👍/👎 on an answer. */
export const VoteRecord = z.object({
  at: z.iso.datetime(),
  user: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  intent: IntentName,
  answerId: z.string(),
});
export type VoteRecord = z.infer<typeof VoteRecord>;

/** Everything read back from the usage logs; records that do not parse are counted, not fatal. */
export interface UsageRecords {
  questions: QuestionRecord[];
  votes: VoteRecord[];
  unreadableLines: number;
}

/** A JSON value, as thread context holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
