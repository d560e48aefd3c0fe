import type { ReportListing } from './listReports';

/** Reports listed one per line; more are counted (a Slack message holds 50 blocks). */
const MAX_LISTED = 60;

/**
 * `/econ reports` as plain lines (Slack escapes and splits them; the terminal prints them).
 *
 * @example
 * reportsText(listReports(kb))[0]; // '불러온 보고서 1개 (최신순):'
 */
export function reportsText(reports: readonly ReportListing[]): string[] {
  const more = reports.length - MAX_LISTED;
  return [
    `불러온 보고서 ${reports.length}개 (최신순):`,
    ...reports.slice(0, MAX_LISTED).map((r) => `• ${r.name}${r.asOf ? ` · ${r.asOf} 기준` : ''} · 파일 ${r.file} · 섹션 ${r.sections}개 · 사실 ${r.facts}개 · 사업 ${r.programs}개 (기본 답변 ${r.current}개)`),
    ...(more > 0 ? [`…외 ${more}개`] : []),
    '사업마다 그 사업이 있는 가장 최신 보고서로 답합니다. 보고서를 빼려면 corpus/의 파일과 manifest.json 항목을 지우고 `/econ reload` 하세요.',
  ];
}
