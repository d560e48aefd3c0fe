import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's real corpus folder. */
const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
/** The hand-written fixture reports (see test/fixtures/reports/PLANTED.md). */
export const FIXTURE_REPORTS_DIR = fileURLToPath(new URL('../fixtures/reports', import.meta.url));

interface ManifestFile {
  documents: { id: string; file: string }[];
}
interface AliasFile {
  $comment?: string;
  aliases: { target: string; aliases: string[] }[];
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/**
 * Builds a throwaway corpus folder holding the real report plus the fixture reports: copies
 * `corpus/*` and `test/fixtures/reports/*.txt` into a new folder under `os.tmpdir()`, and writes a
 * merged `manifest.json` (real report first, then the fixtures) and a merged `aliases.json` (the
 * corpus aliases plus the fixture rename). `only` keeps just the listed document ids in the
 * manifest, in manifest order; an unknown id throws. The caller removes the folder when done.
 *
 * @example
 * const dir = await multiCorpus({ only: ['seoul-econ-2022-09', 'seoul-econ-2023-03'] });
 * const kb = await loadKnowledge(dir);
 * kb.library.documents.map((d) => d.id); // ['seoul-econ-2023-03', 'seoul-econ-2022-09'] (newest first)
 * await rm(dir, { recursive: true, force: true });
 */
export async function multiCorpus(options: { only?: string[] } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'econ-multi-corpus-'));
  for (const name of await readdir(CORPUS_DIR)) await copyFile(join(CORPUS_DIR, name), join(dir, name));
  const fixtureFiles = (await readdir(FIXTURE_REPORTS_DIR)).filter((name) => name.endsWith('.txt'));
  for (const name of fixtureFiles) await copyFile(join(FIXTURE_REPORTS_DIR, name), join(dir, name));

  const real = await readJson<ManifestFile>(join(CORPUS_DIR, 'manifest.json'));
  const fixtures = await readJson<ManifestFile>(join(FIXTURE_REPORTS_DIR, 'manifest.json'));
  let documents = [...real.documents, ...fixtures.documents];
  if (options.only) {
    const known = new Set(documents.map((d) => d.id));
    const unknown = options.only.filter((id) => !known.has(id));
    if (unknown.length) throw new Error(`multiCorpus: unknown document id(s) ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
    documents = documents.filter((d) => options.only!.includes(d.id));
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify({ ...real, documents }, null, 2)}\n`);

  const aliases = await readJson<AliasFile>(join(CORPUS_DIR, 'aliases.json'));
  const rename = await readJson<AliasFile>(join(FIXTURE_REPORTS_DIR, 'aliases.json'));
  await writeFile(join(dir, 'aliases.json'), `${JSON.stringify({ ...aliases, aliases: [...aliases.aliases, ...rename.aliases] }, null, 2)}\n`);
  return dir;
}
