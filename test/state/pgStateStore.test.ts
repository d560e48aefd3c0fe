import { afterAll, beforeAll } from 'vitest';
import { PgStateStore } from '../../src/state/pg/PgStateStore';
import { createDatabase, describePg, dropDatabase } from './helpers/pg';
import { memoryLogger } from './helpers/digestRig';
import { stateStoreContract } from './stateStoreContract';

describePg('PostgreSQL state store (shared behaviour)', () => {
  let url: string;
  beforeAll(async () => {
    url = await createDatabase();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });
  stateStoreContract(() => ({
    open: async () => {
      const store = await PgStateStore.open({ url, importFrom: null, logger: memoryLogger() });
      await store.ready;
      return store;
    },
    sharedEphemeral: true,
  }));
});
