import type { Knowledge } from './Knowledge';

/**
 * The day the report's figures are as of (`asOf` in the manifest, else the first of its month):
 * the clock eval cases are read against unless they carry their own.
 *
 * @example
 * reportAsOf(kb); // '2022-08-29'
 */
export function reportAsOf(kb: Knowledge): string {
  const doc = kb.documents[0];
  if (!doc) throw new Error('no documents loaded');
  return doc.asOf ?? `${doc.reportDate}-01`;
}
