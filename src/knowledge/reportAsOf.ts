import { newestReport } from '../reports/reportOf';
import type { Knowledge } from './Knowledge';

/**
 * The day the newest report's figures are as of (`asOf` in the manifest, else the first of its
 * month): the clock eval cases are read against unless they carry their own.
 *
 * @example
 * reportAsOf(kb); // '2022-08-29'
 */
export function reportAsOf(kb: Pick<Knowledge, 'documents'>): string {
  const doc = newestReport(kb);
  return doc.asOf ?? `${doc.reportDate}-01`;
}
