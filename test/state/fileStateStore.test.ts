import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { FileStateStore } from '../../src/state/file/FileStateStore';
import { stateStoreContract } from './stateStoreContract';

let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-file-store-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

describe('file state store (shared behaviour)', () => {
  stateStoreContract(() => ({ open: () => FileStateStore.open({ stateDir }), sharedEphemeral: false }));
});
