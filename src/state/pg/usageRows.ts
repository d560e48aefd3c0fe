import type pg from 'pg';
import { QuestionRecord, VoteRecord, type UsageRecords } from '../records';

/** A usage record with the id that makes writing it again harmless (ON CONFLICT DO NOTHING). */
export type KeyedRecord = { id: string; kind: 'question'; record: QuestionRecord } | { id: string; kind: 'vote'; record: VoteRecord };

/** Inserts records in two statements (questions, votes); rows already written are skipped. */
export async function insertUsage(db: pg.ClientBase | pg.Pool, records: readonly KeyedRecord[]): Promise<void> {
  const questions = records.filter((r) => r.kind === 'question');
  const votes = records.filter((r) => r.kind === 'vote');
  if (questions.length > 0) {
    const column = <K extends keyof QuestionRecord>(key: K) => questions.map((q) => q.record[key]);
    await db.query(
      `INSERT INTO econ_questions (id, at, user_id, question, intent, found, answer_id, via, source)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[], $8::text[], $9::text[])
       ON CONFLICT (id) DO NOTHING`,
      [
        questions.map((q) => q.id),
        column('at'),
        column('user'),
        column('question'),
        column('intent'),
        column('found'),
        column('answerId'),
        column('via'),
        questions.map((q) => q.record.source ?? null),
      ],
    );
  }
  if (votes.length > 0) {
    const column = <K extends keyof VoteRecord>(key: K) => votes.map((v) => v.record[key]);
    await db.query(
      `INSERT INTO econ_votes (id, at, user_id, vote, question, intent, answer_id)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (id) DO NOTHING`,
      [votes.map((v) => v.id), column('at'), column('user'), column('vote'), column('question'), column('intent'), column('answerId')],
    );
  }
}

/** Reads both logs back, oldest first; rows that no longer fit the schema are counted. */
export async function selectUsage(db: pg.Pool): Promise<UsageRecords> {
  const [questions, votes] = await Promise.all([
    db.query(`SELECT at, user_id, question, intent, found, answer_id, via, source FROM econ_questions ORDER BY at, id`),
    db.query(`SELECT at, user_id, vote, question, intent, answer_id FROM econ_votes ORDER BY at, id`),
  ]);
  const result: UsageRecords = { questions: [], votes: [], unreadableLines: 0 };
  for (const row of questions.rows) {
    const parsed = QuestionRecord.safeParse({ ...row, at: iso(row.at), user: row.user_id, answerId: row.answer_id, source: row.source ?? undefined });
    if (parsed.success) result.questions.push(parsed.data);
    else result.unreadableLines += 1;
  }
  for (const row of votes.rows) {
    const parsed = VoteRecord.safeParse({ ...row, at: iso(row.at), user: row.user_id, answerId: row.answer_id });
    if (parsed.success) result.votes.push(parsed.data);
    else result.unreadableLines += 1;
  }
  return result;
}

function iso(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
