import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import type { Knowledge } from '../src/knowledge/Knowledge';

/** The project's real corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));

/** The real report's lines, as written (1-based: `reportLines[n - 1]`). */
export const reportLines = readFileSync(`${CORPUS_DIR}/seoul-economic-policy-office-2022-09.txt`, 'utf8').split(/\r?\n/);

let shared: Promise<Knowledge> | undefined;

/** The knowledge built from the real corpus, once per test file. */
export function realKnowledge(): Promise<Knowledge> {
  shared ??= loadKnowledge(CORPUS_DIR);
  return shared;
}
