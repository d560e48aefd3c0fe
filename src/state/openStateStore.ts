import type { AppConfig } from '../config/loadConfig';
import { FileStateStore } from './file/FileStateStore';
import type { OutageLogger } from './OutageLog';
import type { StateStore } from './StateStore';

/**
 * The state store the configuration asks for: PostgreSQL when ECON_DATABASE_URL is set (its first
 * start imports the files in ECON_STATE_DIR), otherwise files in ECON_STATE_DIR. pg is loaded only
 * then: parsing it (and the web globals it probes) cost every file-backed start-up about 30 ms.
 */
export async function openStateStore(
  config: Pick<AppConfig, 'stateDir' | 'databaseUrl'>,
  logger: OutageLogger & { error(...messages: unknown[]): void },
): Promise<StateStore> {
  if (config.databaseUrl === null) return FileStateStore.open({ stateDir: config.stateDir });
  const { PgStateStore } = await import('./pg/PgStateStore');
  return PgStateStore.open({ url: config.databaseUrl, importFrom: config.stateDir, logger });
}
