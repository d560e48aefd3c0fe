import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A hash of every file directly in `corpusDir`, names and bytes, in name order: equal fingerprints
 * mean the corpus reads exactly as it did. Cheap (no parsing), so a start-up can tell whether the
 * knowledge built into the start-up snapshot is still the corpus's.
 *
 * @example
 * const before = await corpusFingerprint('corpus');
 * before === (await corpusFingerprint('corpus')); // true until a file changes
 */
export async function corpusFingerprint(corpusDir: string): Promise<string> {
  const entries = await readdir(corpusDir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => e.name).sort();
  const hash = createHash('sha256');
  for (const name of files) {
    const bytes = await readFile(path.join(corpusDir, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
