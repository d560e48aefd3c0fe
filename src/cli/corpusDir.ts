import { defaultCorpusDir } from '../config/paths';

/** The corpus folder: `ECON_CORPUS_DIR` if set, else `corpus/` at the project root. */
export function corpusDirFromEnv(): string {
  return process.env.ECON_CORPUS_DIR || defaultCorpusDir;
}
