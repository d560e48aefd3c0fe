import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LexiconFile } from '../lexicon/LexiconFile';
import { CorpusManifest, type DocumentMeta } from '../model/document';
import { AliasTable } from './aliases';
import { CorpusError } from './CorpusError';
import { CorrectionTable } from './corrections';
import { readJsonFile } from './readJsonFile';

/** A report's metadata and its raw text. */
export interface CorpusDocument {
  meta: DocumentMeta;
  path: string;
  text: string;
}

/** Everything in `corpus/`, validated but not yet parsed. */
export interface RawCorpus {
  documents: CorpusDocument[];
  corrections: CorrectionTable;
  aliases: AliasTable;
  /** The words questions are read with, and the file they came from. */
  lexicon: LexiconFile;
  lexiconPath: string;
}

/**
 * Reads `manifest.json`, `corrections.json`, `aliases.json`, `lexicon.json` and every report the
 * manifest lists.
 * Fails with a `CorpusError` naming the file (and field) at the first problem.
 *
 * @example
 * const corpus = await readCorpus('corpus');
 * corpus.documents.map((d) => d.meta.title); // ['주요 업무보고']
 */
export async function readCorpus(dir: string): Promise<RawCorpus> {
  const manifest = await readJsonFile(join(dir, 'manifest.json'), CorpusManifest);
  const ids = new Set<string>();
  for (const meta of manifest.documents) {
    if (ids.has(meta.id)) throw new CorpusError(join(dir, 'manifest.json'), `duplicate document id "${meta.id}"`);
    ids.add(meta.id);
  }
  const lexiconPath = join(dir, 'lexicon.json');
  const [corrections, aliases, lexicon] = await Promise.all([
    readJsonFile(join(dir, 'corrections.json'), CorrectionTable),
    readJsonFile(join(dir, 'aliases.json'), AliasTable),
    readJsonFile(lexiconPath, LexiconFile),
  ]);
  const documents = await Promise.all(manifest.documents.map((meta) => readDocument(dir, meta)));
  return { documents, corrections, aliases, lexicon, lexiconPath };
}

async function readDocument(dir: string, meta: DocumentMeta): Promise<CorpusDocument> {
  const path = join(dir, meta.file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusError(path, code === 'ENOENT' ? `file listed in manifest.json (document "${meta.id}") does not exist` : `cannot read file (${code})`);
  }
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new CorpusError(path, 'not valid UTF-8 text', line);
  }
  if (text.trim().length === 0) throw new CorpusError(path, 'file is empty');
  return { meta, path, text };
}
