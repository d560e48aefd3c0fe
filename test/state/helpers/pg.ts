import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject, it } from 'vitest';

const provided = inject('pg');

/** The cluster's admin URL, when PostgreSQL is available to this run. */
export const pgAdminUrl: string | null = provided.available ? provided.adminUrl : null;

/**
 * `describe` for tests that need PostgreSQL: runs them when the run has a cluster; otherwise skips
 * them with the reason in their name, or, with ECON_REQUIRE_PG=1, fails.
 */
export function describePg(name: string, body: () => void): void {
  if (provided.available) describe(name, body);
  else if (process.env.ECON_REQUIRE_PG === '1') {
    describe(name, () => {
      it('needs PostgreSQL (ECON_REQUIRE_PG=1)', () => {
        throw new Error(`PostgreSQL is required (ECON_REQUIRE_PG=1) but not available: ${provided.reason}`);
      });
    });
  } else describe.skip(`${name} [skipped: ${provided.reason}]`, body);
}

/** A fresh, empty database in the test cluster; returns its URL. */
export async function createDatabase(): Promise<string> {
  if (pgAdminUrl === null) throw new Error('no PostgreSQL cluster');
  const name = `econ_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createDatabase, closing whatever is still connected to it. */
export async function dropDatabase(url: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
}

/** Runs one query on `url` (default: the admin database) with a short-lived connection. */
export async function queryOnce<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function adminQuery(sql: string): Promise<unknown> {
  return queryOnce(pgAdminUrl!, sql);
}
