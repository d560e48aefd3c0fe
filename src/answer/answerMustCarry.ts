import type { Knowledge } from '../knowledge/Knowledge';
import type { IntentName } from '../model/answer';
import type { Question } from './Question';
import { askedCounter, countsThings } from '../text/grammar';

/**
 * What an answer of each intent must carry (read once per question): the kinds every answer must
 * carry (`asked`: a time of day, an organisation or a fee the question asks for), and besides: `… 과가 운영하는
 * e스포츠경기장 예산이 얼마`, a sum asked, is never answered by a department's duties; `… 로봇과학관 개관
 * 예정일`, a date asked, never by them or a table row without a date; a sum of money asked never by a
 * date, a place or a count; staff asked never by a place, a date or a field without a count; a street address asked never by a
 * neighbourhood.
 *
 * @example
 * answerMustCarry(kb, question, [])('schedule'); // ['amount'] for '서울뷰티위크 개최에 드는 예산은 얼마인가요?'
 */
export function answerMustCarry(kb: Knowledge, question: Question, asked: readonly string[]): (intent: IntentName) => string[] {
  const department = kb.lexicon.intent('department');
  const sum = department.cue('sumAsked').test(question.text);
  const date = department.cue('dateAsked').test(question.text);
  // `서울뷰티위크 개최에 드는 예산은 얼마`: money asked is never a date or a place; `운영인력 규모`, staff asked, never an area.
  const money = kb.lexicon.intent('budget').cue('moneyAsked').test(question.text);
  // `몇 층이에요`, like staff asked: a count of things, never only a place or a date.
  const staff = kb.lexicon.intent('headcount').asks(question.text) || countsThings(askedCounter(question.text));
  // `도로명 주소`, `번지`: a street address asked, never a neighbourhood (`중구 장교동`).
  const street = kb.lexicon.intent('location').cue('street').test(question.text);
  return (intent) => [
    ...asked,
    ...((intent === 'department' && sum) || (money && NEVER_MONEY.has(intent)) ? ['amount'] : []),
    ...((intent === 'department' || intent === 'table') && date ? ['date'] : []),
    ...(staff && (intent === 'location' || intent === 'schedule' || intent === 'overview') ? ['count'] : []),
    ...(street && intent === 'location' ? ['address'] : []),
    // `올해 선정된 기업 명단`: organisations asked are never a calendar of events (whatever names its titles hold).
    ...(intent === 'calendar' && asked.includes('organisation') ? [NOTHING] : []),
  ];
}

/** A kind of value no answer carries (`carries` knows no such kind). */
const NOTHING = 'nothing';

/** Intents whose answers are never a sum of money. */
const NEVER_MONEY: ReadonlySet<IntentName> = new Set(['schedule', 'location', 'calendar', 'headcount']);
