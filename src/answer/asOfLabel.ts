import type { Knowledge } from '../knowledge/Knowledge';
import { reportOf } from '../reports/reportOf';

/**
 * `('22.8.29. 기준)` from the as-of date in the manifest of the report a fact is from, or its month
 * when none is given.
 *
 * @example
 * asOfLabel(kb, fact.source.docId); // "('22.8.29. 기준)"
 */
export function asOfLabel(kb: Knowledge, docId: string): string {
  const doc = reportOf(kb, docId);
  const [y, m, d] = (doc.asOf ?? `${doc.reportDate}-`).split('-');
  return `('${y!.slice(2)}.${Number(m)}.${d ? `${Number(d)}.` : ''} 기준)`;
}
