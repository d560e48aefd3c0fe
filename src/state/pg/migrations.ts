import type pg from 'pg';

/** One schema step; applied once per database, in order, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, oldest first. Never edit an applied step: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'state store',
    sql: `
      CREATE TABLE econ_digest_slots (
        channel text NOT NULL,
        slot timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('claimed', 'posted', 'unknown')),
        owner text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz NOT NULL,
        settled_at timestamptz,
        PRIMARY KEY (channel, slot)
      );
      CREATE TABLE econ_questions (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id text NOT NULL,
        question text NOT NULL,
        intent text NOT NULL,
        found boolean NOT NULL,
        answer_id text NOT NULL,
        via text NOT NULL
      );
      CREATE INDEX econ_questions_at ON econ_questions (at);
      CREATE TABLE econ_votes (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id text NOT NULL,
        vote text NOT NULL CHECK (vote IN ('up', 'down')),
        question text NOT NULL,
        intent text NOT NULL,
        answer_id text NOT NULL
      );
      CREATE TABLE econ_seen_keys (key text PRIMARY KEY, expires_at timestamptz NOT NULL);
      CREATE TABLE econ_thread_context (key text PRIMARY KEY, value jsonb NOT NULL, expires_at timestamptz NOT NULL);
      CREATE TABLE econ_corpus_version (
        id integer PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL,
        reloaded_by text,
        reloaded_at timestamptz
      );
      INSERT INTO econ_corpus_version (id, version) VALUES (1, 0);
      CREATE TABLE econ_imports (name text PRIMARY KEY, imported_at timestamptz NOT NULL DEFAULT now(), rows integer NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'where each question was asked',
    sql: `ALTER TABLE econ_questions ADD COLUMN source text;`,
  },
];

/** Key of the session advisory lock that serialises migrations between starting instances. */
export const MIGRATION_LOCK_KEY = 7_305_202_209;

/**
 * Applies the migrations this database lacks, holding `pg_advisory_lock` so instances starting at
 * the same moment run them one after another (the second finds nothing left to do). `afterMigrate`
 * runs under the same lock (the one-time JSONL import). Returns the versions applied.
 */
export async function migrate(client: pg.ClientBase, afterMigrate?: (client: pg.ClientBase) => Promise<void>): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS econ_schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM econ_schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of MIGRATIONS.filter((m) => !done.has(m.version))) {
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO econ_schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      });
      applied.push(migration.version);
    }
    await afterMigrate?.(client);
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}

/** Runs `work` in a transaction on `client`, rolling back if it throws. */
export async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
