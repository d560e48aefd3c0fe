import type { Knowledge } from '../knowledge/Knowledge';
import { relativeYear } from './relativeYear';
import { statedYears } from '../dates/statedYears';
import { reportYearOf } from '../reports/reportOf';
import { reportAsOf } from '../knowledge/reportAsOf';
import type { Answer } from '../model/answer';
import { beforeJoint, splitAsked, splitJoined, withDotAsJoint } from '../text/grammar';
import { knowsWord, nameSpan, showsBoth } from './joinedParts';
import { writtenIn } from './sectionMatches';
import { namesOwnSubject } from './followUp';

/**
 * A question asking two things, answered apart: two names joined (`서울큐브랑 시네마테크 예산`), two
 * things asked of one subject (`뷰티복합문화공간 위치랑 크기`), or two questions with a comma between
 * them (`직무캠프 참여 청년 몇 명, 참여기업 몇 곳`). Returns both answers when each part is answered
 * and the question as a whole was not (or showed only one of the two); null otherwise.
 *
 * @example
 * askedApart(kb, '서울큐브랑 시네마테크 예산', whole, ask); // [서울큐브's budget, 시네마테크's]
 */
export function askedApart(kb: Knowledge, typed: string, answer: Answer, ask: (text: string) => Answer): [Answer, Answer] | null {
  // `본예산·이월액`, `착공·준공`: a middle dot between two figures or dates of one thing the report never
  // writes so joins them (in a calendar question, `해외·국제 행사`, it offers alternatives: see saysEither).
  const written = (pair: string) => writtenIn(kb.match.sections, pair.toLowerCase());
  const dotted = !answer.found || answer.intent === 'budget' || answer.intent === 'schedule' ? withDotAsJoint(typed, written) : typed;
  return (dotted !== typed ? apart(kb, dotted, answer, ask, true) : null) ?? apart(kb, typed, answer, ask, false);
}

/** `askedApart` of the question as read; `dotted` when its joint was a middle dot (both parts then of one subject). */
function apart(kb: Knowledge, asked: string, answer: Answer, ask: (text: string) => Answer, dotted: boolean): [Answer, Answer] | null {
  const two = splitAsked(asked, kb.lexicon.isQuestionWord);
  const isWord = knowsWord(kb);
  // A ranking answered whole (`A와 B 중 어느 쪽이 더 넓은지, 면적이 각각 얼마인지`) already sets the two side by side.
  if ((answer.found && (answer.intent === 'aggregate' || (showsBoth(answer, asked, isWord) && !two))) || answer.candidates.length > 0) return null;
  const parts = splitJoined(asked, 1, isWord) ?? two;
  if (!parts) return null;
  const each = parts.map(ask) as [Answer, Answer];
  // `양재 AI랑 홍릉 바이오 클러스터 중 예산`: the second name may be several words (those its answer's
  // subject holds), which the first does not share.
  const span = !each[0].found && each[1].found ? nameSpan(parts[1], each[1].subject ?? '') : 1;
  const longer = span > 1 ? splitJoined(asked, span, isWord) : null;
  if (longer) each[0] = ask(longer[0]);
  // `뷰티복합문화공간 위치랑 크기`: two things asked of one subject, which the second part shares.
  // Two questions with a comma: the second asks of the first one's subject (`…, 참여기업 몇 곳`).
  if (each[0].found && (!each[1].found || parts === two)) {
    // The subject is what the first answer's subject holds (`AI지원센터`, not `AI지원센터 완공 예정`).
    const subjectWords = nameSpan(parts[0], each[0].subject ?? '');
    const head = parts[0].split(' ').slice(0, subjectWords > 0 ? subjectWords : -1).join(' ');
    if (head) each[1] = ask(`${head} ${parts[1]}`);
  } else if (each[0].found && each[0].intent === 'table' && !namesOwnSubject(kb, parts[1])) {
    // `기술상용화 접수과제랑 지원과제 수`: a table row's label is not its program's subject; the second
    // thing asked (answered alone by the table's total row) is of the row named before the first.
    const row = beforeJoint(asked, isWord)?.split(' ').slice(0, -1).join(' ');
    const again = row ? ask(`${row} ${parts[1]}`) : null;
    if (again?.found) each[1] = again;
  }
  // `예산 총액과 기업당 지원 한도`: the first thing, sharing the second's words, was answered as the
  // second is; it is asked as written before the joint.
  const before = parts !== two && each[0].found && each[1].found && each[0].text === each[1].text ? beforeJoint(asked, isWord) : null;
  const alone = before ? ask(before) : null;
  if (alone?.found && alone.text !== each[1].text) each[0] = alone;
  // Two things joined by a dot are two of one subject's (`본예산·이월액`): never one of another program's.
  if (dotted && each[0].subject !== each[1].subject) return null;
  if (answersOtherYearSetAgainst(kb, asked, parts[1], each[1])) return null;
  return each[0].found && each[1].found ? each : null;
}

/**
 * `패션위크 작년보다 사람 더 많이 와?`: a year counted back and set against (`작년보다`) is the same thing
 * in another year, so its part is answered only by figures stating that year (`'21년 참여자 취업률 :
 * 58.4%`), never by anything the year alone finds (another program's ranking).
 */
function answersOtherYearSetAgainst(kb: Knowledge, asked: string, second: string, answer: Answer): boolean {
  const head = second.split(' ')[0] ?? '';
  const offset = asked.includes(`${head}보다`) ? relativeYear(kb, head) : null;
  if (offset === null) return false;
  const docId = answer.citations[0]?.docId;
  const reportYear = docId ? reportYearOf(kb, docId) : Number(reportAsOf(kb).slice(0, 4));
  return !statedYears(answer.text).includes(reportYear + offset);
}
