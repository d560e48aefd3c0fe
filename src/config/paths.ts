import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The nearest folder at or above `from` that holds package.json: the project folder whether this code
 * runs from src/ (tests) or from a bundle in dist/ (`npm start`, `node dist/main.js`).
 */
export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}

/** The project folder (where package.json lives), found from this file rather than the working directory. */
export const projectRoot: string = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** `corpus/` in the project: the report, its manifest, aliases and corrections. */
export const defaultCorpusDir: string = path.join(projectRoot, 'corpus');

/** `.state/` in the project (git-ignored): digest marker, question log and feedback votes. */
export const defaultStateDir: string = path.join(projectRoot, '.state');

/** The answer-quality question sets (`test/eval/<set>.jsonl`), read by `npm run eval` and `npm run bench`. */
export const evalSetsDir: string = path.join(projectRoot, 'test', 'eval');
