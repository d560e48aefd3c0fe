import type { DocumentMeta } from '../model/document';

/**
 * How an answer names a report: `<office> <title> (YYYY년 M월)`.
 *
 * @example
 * reportName({ office: '경제정책실', title: '주요 업무보고', reportDate: '2022-09' } as DocumentMeta); // '경제정책실 주요 업무보고 (2022년 9월)'
 */
export function reportName(meta: Pick<DocumentMeta, 'office' | 'title' | 'reportDate'>): string {
  const [year, month] = meta.reportDate.split('-');
  return `${meta.office} ${meta.title} (${year}년 ${Number(month)}월)`;
}
