import { MESSAGES } from '../answer/messages';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { newestOfOffice } from './newestFirst';

/**
 * With more than one report loaded, an answer from a program only an older report has says so
 * (its citations already name their report: `answerOf`), unless the question named that report;
 * so does a fact only an older report gives (`olderWhat: 'fact'`).
 *
 * @example
 * labelReports(kb, answer, false).text; // '…\n(최신 보고서에는 없는 사업으로, 경제정책실 주요 업무보고 (2021년 9월) 기준입니다)\n출처: …'
 */
export function labelReports(kb: Knowledge, answer: Answer, named: boolean, olderWhat: 'program' | 'fact' = 'program'): Answer {
  const { library } = kb;
  if (library.documents.length < 2 || answer.citations.length === 0) return answer;
  const first = answer.citations[0]!;
  const older = !named && answer.found && answer.intent !== 'compare' && first.docId !== undefined && !isNewestOfOffice(kb, first.docId);
  if (!older) return answer;
  const note = olderWhat === 'fact' ? MESSAGES.factOnlyInOlder : MESSAGES.onlyInOlder;
  const lines = answer.text.split('\n');
  const sourceAt = lines.findIndex((line) => line.startsWith(MESSAGES.sourceLabel));
  lines.splice(sourceAt >= 0 ? sourceAt : lines.length, 0, note(first.report ?? library.names.get(first.docId!) ?? first.docId!));
  return { ...answer, text: lines.join('\n') };
}

/** Whether no report of the same office is newer. */
function isNewestOfOffice(kb: Knowledge, docId: string): boolean {
  const meta = kb.library.parts.get(docId)?.meta;
  return meta === undefined || newestOfOffice(kb.library.documents, meta.office)?.id === docId;
}
