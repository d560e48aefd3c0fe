import type { TestProject } from 'vitest/node';
import { findPgBin, startPgCluster } from './pgCluster';

/** What the PostgreSQL tests are given: a cluster's admin URL, or why there is none. */
export type ProvidedPg = { available: true; adminUrl: string } | { available: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    pg: ProvidedPg;
  }
}

/**
 * Vitest global setup: starts one throwaway PostgreSQL cluster for the whole run (each test file
 * makes its own database in it) and stops and deletes it afterwards. Without PostgreSQL the tests
 * that need it are skipped, and this says so; with ECON_REQUIRE_PG=1 they fail instead.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const { bin, reason } = findPgBin();
  if (bin === null) {
    const what = process.env.ECON_REQUIRE_PG === '1' ? 'will FAIL (ECON_REQUIRE_PG=1)' : 'are skipped';
    console.warn(`\n⚠ PostgreSQL tests ${what}: ${reason}\n`);
    project.provide('pg', { available: false, reason });
    return undefined;
  }
  const cluster = await startPgCluster(bin);
  project.provide('pg', { available: true, adminUrl: cluster.adminUrl });
  return () => cluster.stop();
}
