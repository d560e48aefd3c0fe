import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import type { Milestone } from '../model/milestone';
import { namesEvent } from './calendarMatches';
import { inPeriod } from './inPeriod';
import { citedSection } from './namesOtherEdition';
import { periodOf } from './periodOf';
import type { Question } from './Question';

/**
 * Whether a place answered is of a program with nothing of the event asked in the period asked
 * (`올해 11월에 새로 개관하는 교육 캠퍼스가 어디어디 있나요?` answered with 기술교육원's addresses): a
 * place question naming a period and an event (the schedule intent's `events`) is answered only by
 * the place of a program that has that event then.
 *
 * @example
 * answersOtherEvent(kb, question, answer); // true for the question above answered with 기술교육원's campuses
 */
export function answersOtherEvent(kb: Knowledge, question: Question, answer: Answer): boolean {
  if (!answer.found || answer.intent !== 'location') return false;
  const events = kb.lexicon.intent('schedule').cue('events').present(question.text);
  const period = events.length > 0 ? periodOf(kb, question) : null;
  const programId = period ? citedSection(kb, answer)?.programId : null;
  if (!period || !programId) return false;
  // An event held is dated by its period line (`기간 : 9.21~23`), not by a line naming the event.
  const periodLine = kb.lexicon.intent('overview').cue('periodLabels');
  const said = (m: Milestone) => events.some((event) => namesEvent(m.label, event)) || (periodLine.test(m.label) && inPeriod(m, period, 'start'));
  return !kb.milestones.some((m) => m.programId === programId && inPeriod(m, period) && said(m));
}
