import { MESSAGES } from '../answer/messages';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { newestOfOffice } from './newestFirst';

/**
 * With more than one report loaded, every citation names its report (`경제정책실 주요 업무보고
 * (2022년 9월)`), in the citations and in the text's source line; an answer from a program only an
 * older report has says so, unless the question named that report; so does a fact only an older
 * report gives (`olderWhat: 'fact'`).
 *
 * @example
 * labelReports(kb, answer, false).citations[0].report; // '경제정책실 주요 업무보고 (2021년 9월)'
 */
export function labelReports(kb: Knowledge, answer: Answer, named: boolean, olderWhat: 'program' | 'fact' = 'program'): Answer {
  const { library } = kb;
  if (library.documents.length < 2 || answer.citations.length === 0) return answer;
  const citations = answer.citations.map((c) => ({ ...c, report: c.docId ? library.names.get(c.docId) : undefined }));
  const first = citations[0]!;
  const lines = answer.text.split('\n');
  const sourceAt = lines.findIndex((line) => line.startsWith(MESSAGES.sourceLabel));
  if (sourceAt >= 0) lines[sourceAt] = MESSAGES.source(first.section, first.title, first.line, first.report);
  const older = !named && answer.found && answer.intent !== 'compare' && first.docId !== undefined && !isNewestOfOffice(kb, first.docId);
  const note = olderWhat === 'fact' ? MESSAGES.factOnlyInOlder : MESSAGES.onlyInOlder;
  if (older) lines.splice(sourceAt >= 0 ? sourceAt : lines.length, 0, note(first.report ?? first.docId!));
  return { ...answer, citations, text: lines.join('\n') };
}

/** Whether no report of the same office is newer. */
function isNewestOfOffice(kb: Knowledge, docId: string): boolean {
  const meta = kb.library.parts.get(docId)?.meta;
  return meta === undefined || newestOfOffice(kb.library.documents, meta.office)?.id === docId;
}
