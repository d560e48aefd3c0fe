import type { Knowledge } from '../knowledge/Knowledge';
import type { DocumentMeta } from '../model/document';
import { newestReport } from './reportOf';

/**
 * The two reports a whole-report comparison is between: the newest report of the office and the
 * one the question named, or the one before the newest when it named none. Null with one report.
 *
 * @example
 * reportPair(kb, []); // { before: 2022-09, after: 2023-03 }
 */
export function reportPair(kb: Knowledge, namedReports: readonly string[]): { before: DocumentMeta; after: DocumentMeta } | null {
  const { library } = kb;
  const named = namedReports.map((id) => library.parts.get(id)!.meta);
  // Two reports named: the older against the newer of them.
  if (named.length >= 2) {
    const [a, b] = library.documents.filter((d) => named.some((n) => n.id === d.id));
    if (a && b) return { before: b, after: a };
  }
  const office = named[0]?.office ?? newestReport(kb).office;
  const ofOffice = library.documents.filter((d) => d.office === office);
  const after = ofOffice[0];
  const before = named[0] && named[0].id !== after?.id ? named[0] : ofOffice[1];
  return after && before ? { before, after } : null;
}
