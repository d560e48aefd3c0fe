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
    const line = text.slice(0, errorOffset(text)).split('\n').length;
    throw new CorpusError(path, `invalid JSON: ${(error as Error).message}`, line);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CorpusError(path, issues.join('; '));
  }
  return result.data;
}

/**
 * Where JSON text first goes wrong: the shortest prefix that fails for a reason other than ending
 * early (Node's messages do not always give a position).
 */
function errorOffset(text: string): number {
  const failsInside = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      return !/end of JSON input|Unterminated/i.test((error as Error).message);
    }
  };
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
