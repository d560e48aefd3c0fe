import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { CorpusError } from './CorpusError';

/**
 * Reads a JSON file and validates it with a zod schema, turning every failure into a
 * `CorpusError` that names the file and the offending field.
 *
 * @example
 * const manifest = await readJsonFile('corpus/manifest.json', CorpusManifest);
 */
export async function readJsonFile<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CorpusError(path, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(path, `invalid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CorpusError(path, issues.join('; '));
  }
  return result.data;
}
