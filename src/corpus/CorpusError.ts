/**
 * A corpus that cannot be loaded: a bad manifest, a missing or unreadable file, a report whose
 * structure cannot be parsed. Names the file (and line when known) so the fix is obvious.
 *
 * @example
 * throw new CorpusError('corpus/manifest.json', 'documents.0.reportDate: YYYY-MM');
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
  }
}
