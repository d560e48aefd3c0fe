import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project folder (where package.json lives), found from this file rather than the working directory. */
export const projectRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** `corpus/` in the project: the report, its manifest, aliases and corrections. */
export const defaultCorpusDir: string = path.join(projectRoot, 'corpus');

/** `.state/` in the project (git-ignored): digest marker, question log and feedback votes. */
export const defaultStateDir: string = path.join(projectRoot, '.state');
