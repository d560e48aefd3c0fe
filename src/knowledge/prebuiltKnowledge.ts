import path from 'node:path';
import { corpusFingerprint } from './corpusFingerprint';
import type { Knowledge } from './Knowledge';
import { loadKnowledge } from './loadKnowledge';

/** Knowledge built ahead of time (into the start-up snapshot) and what it was built from. */
export interface PrebuiltKnowledge {
  corpusDir: string;
  fingerprint: string;
  knowledge: Knowledge;
}

/**
 * Loads `corpusDir` ahead of time, remembering its fingerprint.
 *
 * @example
 * const prebuilt = await prebuildKnowledge('corpus');
 * prebuilt.knowledge.library.documents.length; // 1
 */
export async function prebuildKnowledge(corpusDir: string): Promise<PrebuiltKnowledge> {
  const fingerprint = await corpusFingerprint(corpusDir);
  return { corpusDir: path.resolve(corpusDir), fingerprint, knowledge: await loadKnowledge(corpusDir) };
}

/**
 * A `loadKnowledge` that starts from `prebuilt`: the first load of the same, unchanged corpus folder
 * returns the prebuilt knowledge as it is; any other load reads the corpus and keeps from the
 * prebuilt knowledge (or from `previous`) every report that did not change.
 *
 * @example
 * const load = startingFrom(await prebuildKnowledge('corpus'));
 * (await load('corpus')).buildMs; // 0: nothing was built
 */
export function startingFrom(prebuilt: PrebuiltKnowledge): (corpusDir: string, previous?: Knowledge) => Promise<Knowledge> {
  return async (corpusDir, previous) => {
    if (previous === undefined && path.resolve(corpusDir) === prebuilt.corpusDir && (await corpusFingerprint(corpusDir)) === prebuilt.fingerprint) {
      return { ...prebuilt.knowledge, buildMs: 0 };
    }
    return loadKnowledge(corpusDir, previous ?? prebuilt.knowledge);
  };
}
