import type { DocumentMeta } from '../model/document';

/**
 * Reports ordered newest first: by `reportDate`, then `asOf`, then the later manifest entry.
 *
 * @example
 * newestFirst([{ reportDate: '2021-09' }, { reportDate: '2022-09' }] as DocumentMeta[])[0].reportDate; // '2022-09'
 */
export function newestFirst(documents: readonly DocumentMeta[]): DocumentMeta[] {
  return documents
    .map((meta, order) => ({ meta, order }))
    .sort((a, b) => compareDesc(a.meta.reportDate, b.meta.reportDate) || compareDesc(a.meta.asOf ?? '', b.meta.asOf ?? '') || b.order - a.order)
    .map(({ meta }) => meta);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * The newest of `documents` (already newest first) written by `office`.
 *
 * @example
 * newestOfOffice(kb.library.documents, '경제정책실')?.reportDate; // '2023-03'
 */
export function newestOfOffice(documents: readonly DocumentMeta[], office: string): DocumentMeta | undefined {
  return documents.find((d) => d.office === office);
}
