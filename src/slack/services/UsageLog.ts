import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { IntentName } from '../../model/answer';

/** Where in Slack (or outside it) a question was asked, for `/econ stats`. */
export const QuestionSource = z.enum(['command', 'mention', 'thread', 'dm', 'shortcut', 'terminal']);
export type QuestionSource = z.infer<typeof QuestionSource>;

/** One question someone asked, as written to `questions.jsonl`. */
export const QuestionRecord = z.object({
  at: z.iso.datetime(),
  user: z.string(),
  question: z.string(),
  intent: IntentName,
  found: z.boolean(),
  answerId: z.string(),
  /** Where it was asked: Slack or the local terminal. */
  via: z.enum(['slack', 'local']),
  /** Where exactly (absent in logs written before it was recorded: read as command or terminal). */
  source: QuestionSource.optional(),
});
export type QuestionRecord = z.infer<typeof QuestionRecord>;

/** One 👍/👎 on an answer, as written to `feedback.jsonl`. */
export const VoteRecord = z.object({
  at: z.iso.datetime(),
  user: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  intent: IntentName,
  answerId: z.string(),
});
export type VoteRecord = z.infer<typeof VoteRecord>;

/** Everything read back from the logs; lines that do not parse are counted, not fatal. */
export interface UsageRecords {
  questions: QuestionRecord[];
  votes: VoteRecord[];
  unreadableLines: number;
}

/**
 * Append-only JSONL logs of questions and feedback votes in the state folder, kept so the corpus
 * aliases can be improved from real use (`/econ stats`). One line per record, written with a single
 * append so concurrent writers never interleave within a line.
 */
export class UsageLog {
  readonly questionsFile: string;
  readonly feedbackFile: string;

  constructor(readonly stateDir: string) {
    this.questionsFile = path.join(stateDir, 'questions.jsonl');
    this.feedbackFile = path.join(stateDir, 'feedback.jsonl');
  }

  /** Records a question and how it was answered. */
  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.#append(this.questionsFile, QuestionRecord.parse(record));
  }

  /** Records a 👍/👎 vote. */
  recordVote(record: VoteRecord): Promise<void> {
    return this.#append(this.feedbackFile, VoteRecord.parse(record));
  }

  /** Reads both logs (missing files are empty logs). */
  async read(): Promise<UsageRecords> {
    const [questions, votes] = await Promise.all([readJsonl(this.questionsFile, QuestionRecord), readJsonl(this.feedbackFile, VoteRecord)]);
    return { questions: questions.records, votes: votes.records, unreadableLines: questions.unreadable + votes.unreadable };
  }

  async #append(file: string, record: object): Promise<void> {
    await mkdir(this.stateDir, { recursive: true });
    await appendFile(file, `${JSON.stringify(record)}\n`, 'utf8');
  }
}

async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<{ records: T[]; unreadable: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], unreadable: 0 };
    throw error;
  }
  const records: T[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = safeJson(line);
    const checked = parsed === undefined ? null : schema.safeParse(parsed);
    if (checked?.success) records.push(checked.data);
    else unreadable += 1;
  }
  return { records, unreadable };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
