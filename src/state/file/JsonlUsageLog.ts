import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { QuestionRecord, VoteRecord, type UsageRecords } from '../records';

/** The question log's file name inside ECON_STATE_DIR. */
export const QUESTIONS_FILE = 'questions.jsonl';
/** The feedback log's file name inside ECON_STATE_DIR. */
export const FEEDBACK_FILE = 'feedback.jsonl';

/**
 * Append-only JSONL logs of questions and feedback votes in the state folder (`/econ stats`). One
 * line per record, written with a single append so concurrent writers never interleave within a line.
 */
export class JsonlUsageLog {
  readonly questionsFile: string;
  readonly feedbackFile: string;

  constructor(readonly stateDir: string) {
    this.questionsFile = path.join(stateDir, QUESTIONS_FILE);
    this.feedbackFile = path.join(stateDir, FEEDBACK_FILE);
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

/** JSON.parse that answers undefined instead of throwing. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
