import { answerOf, sectionCitation, unanswered } from '../src/answer/compose';
import { MESSAGES } from '../src/answer/messages';
import type { Question } from '../src/answer/Question';
import { shortTitle } from '../src/facts/shortTitle';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import { compareProgram } from '../src/reports/compareProgram';
import { changesHeadline, describeChanges, type ChangeKinds } from '../src/reports/describeChanges';
import { compareTopic, programAsked } from '../src/reports/programAsked';
import { reportChanges, reportsToCompare } from '../src/reports/reportChanges';
import { describeReportChanges } from '../src/reports/describeReportChanges';
import { reportPair } from '../src/reports/reportPair';
import { newestOfOffice } from '../src/reports/newestFirst';
import { headcountChanges } from '../src/reports/headcountChanges';
import { contains, namedWord } from '../src/answer/matchScore';
import type { Intent } from './Intent';

/**
 * What changed between reports: `청년취업사관학교 예산 작년보다 얼마나 늘었어`, `서울창업허브 개관 일정
 * 바뀌었어?`, `지난 보고 대비 변경 사항`. One program across its two newest reports (or the one named
 * and its newest), or every program across the newest report and the one before it.
 */
export const compare: Intent = {
  name: 'compare',
  // A change word (`늘었어`, `바뀌었어`), or `대비`/`비교` with a report or a time to compare with
  // (`지난 보고 대비`, `작년이랑 비교`): `정원 대비 결원` and `전국대비 비중` are not about reports.
  detect: (q, kb) => {
    if (kb.library.documents.length < 2) return false;
    const words = kb.lexicon.intent('compare');
    const against = (q.namedReports?.length ?? 0) > 0 || ['lastYear', 'previous', 'reportWords'].some((cue) => words.cue(cue).test(q.text));
    // `지난번 이후 완료된 거`: a done word with a report or time to compare with.
    return words.asks(q.text) || ((words.cue('baseline').test(q.text) || words.cue('doneWords').test(q.text)) && against);
  },
  answer(kb, q) {
    const topic = compareTopic(kb, q);
    // Staff of a department or the office (`경제정책실 정원 변화`), not a program's participants.
    const aboutStaff = q.department !== null || kb.documents.some((d) => q.text.includes(d.office)) || !namesSubject(kb, topic);
    const staff = aboutStaff ? headcountChanges(kb, q) : null;
    if (staff) return staff;
    const key = programAsked(kb, q, topic);
    if (key) return programAnswer(kb, q, key);
    // No program named (`지난 보고 대비 변경 사항 정리해줘`): the whole report against the one before.
    return namesSubject(kb, topic) ? null : summaryAnswer(kb, q);
  },
};

function programAnswer(kb: Knowledge, q: Question, key: string): Answer {
  const { library } = kb;
  const pair = reportsToCompare(library, key, q.namedReports ?? []);
  if (!pair) {
    const only = library.programs.get(key)![0]!;
    const office = library.parts.get(only.docId)!.meta.office;
    const newest = newestOfOffice(library.documents, office)!;
    // The newest report of its office dropped the program: that is what changed.
    if (newest.id !== only.docId) {
      const section = library.parts.get(only.docId)!.sections.find((s) => s.id === only.sectionId)!;
      const headline = MESSAGES.droppedProgram(shortTitle(only.title), library.names.get(only.docId)!, library.names.get(newest.id)!);
      return answerOf(q, 'compare', { headline, subject: shortTitle(only.title), citations: [sectionCitation(section, section.firstLine)] });
    }
    return unanswered(q, 'compare', MESSAGES.nothingToCompare(shortTitle(only.title), library.names.get(only.docId)!), [], []);
  }
  const doneWords = kb.lexicon.intent('compare').cue('doneWords').words;
  const changes = compareProgram(library.parts.get(pair.before.docId)!, pair.before.sectionId, library.parts.get(pair.after.docId)!, pair.after.sectionId, doneWords);
  const lines = describeChanges(changes, kindsAsked(kb, q));
  const cite = (copy: { docId: string; sectionId: string }) => {
    const section = library.parts.get(copy.docId)!.sections.find((s) => s.id === copy.sectionId)!;
    return sectionCitation(section, section.firstLine);
  };
  return answerOf(q, 'compare', {
    headline: lines.length ? changesHeadline(changes) : MESSAGES.noChanges(changesHeadline(changes)),
    details: lines,
    maxDetails: 10,
    maxLength: 900,
    subject: shortTitle(changes.title),
    citations: [cite(pair.after), cite(pair.before)],
  });
}

function summaryAnswer(kb: Knowledge, q: Question): Answer | null {
  const { library } = kb;
  const pair = reportPair(kb, q.namedReports ?? []);
  if (!pair) return null;
  const { before, after } = pair;
  const words = kb.lexicon.intent('compare');
  // `새로 생긴 사업` shows the programs added, `빠진 사업` those dropped, anything else all.
  const focus = words.cue('droppedWords').test(q.text) ? 'dropped' : words.cue('addedWords').test(q.text) ? 'added' : 'all';
  const summary = describeReportChanges(reportChanges(kb, before.id, after.id), library.names.get(before.id)!, library.names.get(after.id)!, focus);
  const lines = summary.lines.length > 10 ? [...summary.lines.slice(0, 9), MESSAGES.more(summary.lines.length - 9)] : summary.lines;
  return answerOf(q, 'compare', { headline: summary.headline, details: lines, maxDetails: 10, maxLength: 900, subject: null, citations: [] });
}

/** Whether some word of the text is a name the reports use (a program, place, department, alias). */
function namesSubject(kb: Knowledge, text: string): boolean {
  return text.split(/\s+/).some((word) => word.length >= 2 && contains(namedWord(word), kb.match.names));
}

/** A budget question shows budgets, a schedule question milestones, anything else both. */
function kindsAsked(kb: Knowledge, q: Question): ChangeKinds {
  const words = kb.lexicon.intent('compare');
  const budget = kb.lexicon.intent('budget').asks(q.text) || words.cue('budgetChange').test(q.text);
  const schedule = kb.lexicon.intent('schedule').asks(q.text) || words.cue('scheduleChange').test(q.text);
  return budget === schedule ? 'all' : budget ? 'budgets' : 'milestones';
}
