import type { Knowledge } from '../knowledge/Knowledge';
import type { DocumentMeta } from '../model/document';
import { newestFirst } from './newestFirst';

/**
 * The manifest entry of the report a fact or citation is from.
 *
 * @example
 * reportOf(kb, fact.source.docId).reportDate; // '2022-09'
 */
export function reportOf(kb: Knowledge, docId: string): DocumentMeta {
  const meta = kb.library.parts.get(docId)?.meta;
  if (!meta) throw new Error(`unknown report id ${docId}`);
  return meta;
}

/**
 * The year of the report a fact or citation is from (`'2022-09'` → 2022): what `작년` counts back from.
 *
 * @example
 * reportYearOf(kb, fact.source.docId); // 2022
 */
export function reportYearOf(kb: Knowledge, docId: string): number {
  return Number(reportOf(kb, docId).reportDate.slice(0, 4));
}

/**
 * The newest report a view draws from (by `reportDate`, then `asOf`).
 *
 * @example
 * newestReport(kb).reportDate; // '2022-09'
 */
export function newestReport(kb: Pick<Knowledge, 'documents'>): DocumentMeta {
  const newest = newestFirst(kb.documents)[0];
  if (!newest) throw new Error('no documents loaded');
  return newest;
}
