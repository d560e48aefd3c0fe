import { unanswered } from '../answer/compose';
import { MESSAGES } from '../answer/messages';
import type { Question } from '../answer/Question';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import type { Scope } from './resolveScope';

/**
 * One answer from the answers of each report a question named: the one that found something; when
 * several did and they differ, the reports to choose from (the report is what is ambiguous).
 *
 * @example
 * pickAcrossReports(kb, [answer2022Econ, answer2022Welfare], scope); // the one that found it
 */
export function pickAcrossReports(kb: Knowledge, answers: readonly Answer[], scope: Scope): Answer {
  const found = answers.filter((a) => a.found);
  if (found.length <= 1 || new Set(found.map((a) => a.headline)).size === 1) return found[0] ?? answers[0]!;
  const candidates = scope.named
    .filter((_, i) => answers[i]!.found)
    .map((d) => {
      const [year, month] = d.reportDate.split('-');
      return { title: kb.library.names.get(d.id)!, question: `${d.office} ${year}년 ${Number(month)}월 보고서 ${scope.text}` };
    });
  const first = found[0]!;
  return unanswered({ original: first.question }, first.intent, MESSAGES.whichReport, candidates.map((c) => `· ${c.title}`), candidates);
}

/** The answer to a question naming a report that is not loaded: which reports are. */
export function reportNotLoaded(kb: Knowledge, question: Question, asked: string): Answer {
  const loaded = kb.library.documents.map((d) => kb.library.names.get(d.id)!);
  return unanswered(question, 'search', MESSAGES.noSuchReport(asked, loaded.slice(0, 5)), [], []);
}
