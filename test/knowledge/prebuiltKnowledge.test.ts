import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prebuildKnowledge, startingFrom, type PrebuiltKnowledge } from '../../src/knowledge/prebuiltKnowledge';
import { multiCorpus } from '../helpers/multiCorpus';

let dir: string;
let prebuilt: PrebuiltKnowledge;
beforeAll(async () => {
  dir = await multiCorpus();
  prebuilt = await prebuildKnowledge(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("startingFrom (the start-up snapshot's loadKnowledge)", () => {
  it('returns the prebuilt knowledge itself for the same, unchanged folder', async () => {
    const kb = await startingFrom(prebuilt)(dir);
    expect(kb.library).toBe(prebuilt.knowledge.library);
    expect(kb.buildMs).toBe(0);
  });

  it('reads a changed report again and keeps the others', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'econ-prebuilt-'));
    try {
      await cp(dir, copy, { recursive: true });
      const kept = await startingFrom(prebuilt)(copy);
      expect(kept.library).not.toBe(prebuilt.knowledge.library);
      expect(kept.library.rebuilt).toEqual([]);

      const report = path.join(copy, 'seoul-economic-policy-office-2022-09.txt');
      await writeFile(report, (await readFile(report, 'utf8')).replace('- 소요 예산 : 20,255백만원', '- 소요 예산 : 20,300백만원'));
      const changed = await startingFrom(prebuilt)(copy);
      expect(changed.library.rebuilt).toEqual(['seoul-econ-2022-09']);
      expect(changed.library.documents).toHaveLength(prebuilt.knowledge.library.documents.length);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('keeps from `previous` rather than from the snapshot on a reload', async () => {
    const load = startingFrom(prebuilt);
    const first = await load(dir);
    const again = await load(dir, first);
    expect(again.library).not.toBe(prebuilt.knowledge.library);
    expect(again.library.rebuilt).toEqual([]);
  });
});
