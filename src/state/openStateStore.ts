import type { AppConfig } from '../config/loadConfig';
import { FileStateStore } from './file/FileStateStore';
import type { OutageLogger } from './OutageLog';
import { PgStateStore } from './pg/PgStateStore';
import type { StateStore } from './StateStore';

/**
 * The state store the configuration asks for: PostgreSQL when ECON_DATABASE_URL is set (its first
 * start imports the files in ECON_STATE_DIR), otherwise files in ECON_STATE_DIR.
 */
export function openStateStore(
  config: Pick<AppConfig, 'stateDir' | 'databaseUrl'>,
  logger: OutageLogger & { error(...messages: unknown[]): void },
): Promise<StateStore> {
  return config.databaseUrl !== null
    ? PgStateStore.open({ url: config.databaseUrl, importFrom: config.stateDir, logger })
    : FileStateStore.open({ stateDir: config.stateDir });
}
