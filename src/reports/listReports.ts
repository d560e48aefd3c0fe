import type { DocumentMeta } from '../model/document';
import { newestFirst } from './newestFirst';
import { reportName } from './reportName';
import type { Knowledge } from '../knowledge/Knowledge';

/** One loaded report as `/econ reports` lists it. */
export interface ReportListing {
  id: string;
  /** `경제정책실 주요 업무보고 (2022년 9월)`. */
  name: string;
  file: string;
  /** The as-of date of its figures, when the manifest gives one. */
  asOf: string | null;
  sections: number;
  facts: number;
  programs: number;
  /** Programs the default view answers from this report (the newest report that has them). */
  current: number;
}

/**
 * The loaded reports, newest first, with their sizes and how many programs each one answers for
 * by default.
 *
 * @example
 * listReports(kb)[0].name; // '경제정책실 주요 업무보고 (2022년 9월)'
 */
export function listReports(kb: Knowledge): ReportListing[] {
  const { library } = kb;
  const current = new Map<string, number>();
  for (const copies of library.programs.values()) current.set(copies[0]!.docId, (current.get(copies[0]!.docId) ?? 0) + 1);
  return library.documents.map((meta) => {
    const parts = library.parts.get(meta.id)!;
    const f = parts.facts;
    return {
      id: meta.id,
      name: library.names.get(meta.id)!,
      file: meta.file,
      asOf: meta.asOf ?? null,
      sections: parts.sections.length,
      facts: f.budgets.length + f.milestones.length + f.locations.length + f.headcounts.length + f.duties.length + f.overviews.length,
      programs: parts.programs.size,
      current: current.get(meta.id) ?? 0,
    };
  });
}

/**
 * `경제정책실 주요 업무보고 (2022년 9월)`, or with several reports `… 외 2개 보고서`: what the bot
 * answers from, for help and the Home tab.
 *
 * @example
 * reportsInBrief(kb.library.documents); // '경제정책실 주요 업무보고 (2022년 9월)'
 */
export function reportsInBrief(documents: readonly DocumentMeta[]): string {
  const names = newestFirst(documents).map(reportName);
  return names.length <= 2 ? names.join(', ') : `${names[0]} 외 ${names.length - 1}개 보고서`;
}
