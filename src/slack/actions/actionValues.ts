import { z } from 'zod';
import { IntentName } from '../../model/answer';
import { MAX_QUESTION_CHARS } from '../commands/parseEconText';
import { BlockActionBody } from '../payloads';

/**
 * What each button carries in its `value` (JSON, well under Slack's 2000-character limit): enough
 * to redo the work from the current corpus, so no server-side session is needed.
 */

/** "채널에 공유" and candidate buttons: the question to (re)answer. */
export const QuestionValue = z.object({ q: z.string().min(1).max(MAX_QUESTION_CHARS) });
export type QuestionValue = z.infer<typeof QuestionValue>;

/** 👍/👎 buttons: which answer was judged. */
export const VoteValue = z.object({
  a: z.string().min(1).max(200),
  q: z.string().min(1).max(MAX_QUESTION_CHARS),
  i: IntentName,
});
export type VoteValue = z.infer<typeof VoteValue>;

/** Serialises a button value, shortening the question so the JSON always fits. */
export function encodeValue(value: QuestionValue | VoteValue): string {
  const q = Array.from(value.q).slice(0, MAX_QUESTION_CHARS).join('');
  return JSON.stringify('a' in value ? { ...value, a: value.a.slice(0, 200), q } : { ...value, q });
}

/** Parses a button value with `schema`; null when it is not what econ-bot put there. */
export function decodeValue<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Reads a pressed button from a block_actions body: who pressed it and its value parsed with
 * `schema`; null when either is not what econ-bot put there.
 */
export function readButton<T>(body: unknown, schema: z.ZodType<T>): { userId: string; value: T } | null {
  const parsed = BlockActionBody.safeParse(body);
  if (!parsed.success) return null;
  const value = decodeValue(schema, parsed.data.actions[0]?.value);
  return value === null ? null : { userId: parsed.data.user.id, value };
}
