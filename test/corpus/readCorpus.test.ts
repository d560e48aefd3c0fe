import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/CorpusError';
import { readCorpus } from '../../src/corpus/readCorpus';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { CORPUS_DIR } from '../helpers';

let dir: string;
async function corpusCopy(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'econ-corpus-'));
  await cp(CORPUS_DIR, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('reads the manifest and the report it lists', async () => {
    const corpus = await readCorpus(CORPUS_DIR);
    expect(corpus.documents[0]!.meta).toMatchObject({ office: '경제정책실', reportDate: '2022-09' });
    expect(corpus.documents[0]!.text).toContain('청년취업사관학교');
  });

  it('names the file and the field of a malformed manifest', async () => {
    const copy = await corpusCopy();
    await writeFile(join(copy, 'manifest.json'), JSON.stringify({ documents: [{ id: 'x', title: 't', office: 'o', reportDate: '2022/09', file: 'a.txt' }] }));
    const error = await readCorpus(copy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).file).toBe(join(copy, 'manifest.json'));
    expect((error as CorpusError).message).toContain('documents.0.reportDate');
  });

  it('names a report file the manifest lists but that is missing', async () => {
    const copy = await corpusCopy();
    await rm(join(copy, 'seoul-economic-policy-office-2022-09.txt'));
    const error = await readCorpus(copy).catch((e: unknown) => e);
    expect((error as CorpusError).file).toBe(join(copy, 'seoul-economic-policy-office-2022-09.txt'));
    expect((error as CorpusError).message).toContain('does not exist');
  });

  it('rejects invalid JSON and a report with no programs', async () => {
    const copy = await corpusCopy();
    await writeFile(join(copy, 'aliases.json'), '{\n  "aliases": [\n    oops\n  ]\n}');
    await expect(readCorpus(copy)).rejects.toThrow(/aliases\.json:3: invalid JSON/);
    await cp(join(CORPUS_DIR, 'aliases.json'), join(copy, 'aliases.json'));
    await writeFile(join(copy, 'seoul-economic-policy-office-2022-09.txt'), '아무 내용 없는 문서\n');
    await expect(loadKnowledge(copy)).rejects.toThrow(/no programs found/);
  });
});
