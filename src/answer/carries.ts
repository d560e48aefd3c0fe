import { mentionsDate } from '../dates/mentionsDate';
import { findAmounts } from '../money/findAmounts';
import { listsNames, mentionsAddress, statesContact, namesCompany, namesOrganisation, namesPlace, statesStreetAddress, statesMoney, statesMoneyColumn, statesAge, statesHour, statesAnyCount, statesCount, statesPercent } from '../text/valueShapes';
import type { Question } from './Question';
import type { Knowledge } from '../knowledge/Knowledge';
import { askedCounter, asksNumberOf, countedEvent, isRate, stripParticle } from '../text/grammar';

/** Kinds of value a report line may carry, and how to see one. */
const CARRIERS: Record<string, (line: string) => boolean> = {
  amount: (line) => findAmounts(line).length > 0,
  date: mentionsDate,
  // `주소`: a street, not an area (`공공형 1개소(9천㎡)`).
  address: statesStreetAddress,
  area: (line) => line.includes('㎡'),
  count: statesAnyCount,
  percent: statesPercent,
  age: statesAge,
  hour: statesHour,
  list: listsNames,
  place: namesPlace,
  // `시공사 어디`, `어느 교육기관`: an organisation named, not the word for one (`교육기관 선정 완료`).
  organisation: namesOrganisation,
  // `입장료 있어요`: a sum in won charged, not a line about tickets.
  fee: statesMoney,
  // `사전등록 사이트 링크`, `전화번호`: a way to reach it, not a line about registering.
  contact: statesContact,
  // A number that is not a date: money or a percentage (a count is asked with 몇).
  // A table row whose label gives the unit (`매출액(백만원)	309,532	…`) states money too.
  quantity: (line) => statesMoney(line) || statesPercent(line) || statesMoneyColumn(line),
};

/** The value each fact intent answers with: a passage standing in for a fact must carry it. */
export const INTENT_VALUE: Readonly<Record<string, string>> = { budget: 'amount', schedule: 'date', location: 'address', headcount: 'count' };

/**
 * The value a bare 얼마 or 어디 (no money or place word) asks for: `취업률 얼마야` a quantity that is
 * not a date, `선정된 대학 어디야` a place or an organisation's name; an event asked without 언제
 * (`로봇과학관 개관 예정 월은?`) a date.
 */
export const BARE_VALUE: Readonly<Record<string, string>> = { budget: 'quantity', location: 'place', schedule: 'date' };

/** Whether a line carries a kind of value (`amount`, `date`, `count` …); an unknown kind never. */
export function carries(kind: string, line: string): boolean {
  return CARRIERS[kind]?.(line) ?? false;
}

/**
 * Whether a line carries the value a question asks for, read with the question: a list of names
 * answers a bare 어디 as "which ones" (`선정된 대학 어디야`), never "where" for one of the names the
 * question gives itself (`광운대 캠퍼스타운 어디` is not `선정결과 : 종합형 4개소(광운대, 이화여대 …)`).
 *
 * @example
 * carriesFor('place', '선정결과 : 종합형 4개소(광운대, 이화여대, 중앙대, 한양대)', '광운대 캠퍼스타운 어디'); // false
 */
export function carriesFor(kind: string, line: string, question: string): boolean {
  const carried = carries(kind, line);
  if (kind !== 'place' || !carried || mentionsAddress(line) || namesCompany(line) || line.includes('\t')) return carried;
  const asked = new Set(question.split(/\s+/).map(stripParticle));
  // Each listed name without a label before it (`(서남권) 노량진 …`) or the words that open the list (`종합형 4개소(광운대`).
  const items = (line.split(' : ').at(-1) ?? line).split(/[,、·]/).map((item) => item.replace(/^\s*\([^()]*\)/, '').replace(/^[^(]*\(/, '').replace(/[()\s]/g, ''));
  return !items.some((item) => item.length >= 2 && asked.has(item));
}

/** The kinds of value the question's words ask for (`list` for 뭐뭐, `age` for 나이). */
export function askedKinds(kb: Knowledge, q: Question): string[] {
  return kb.lexicon.answerKinds.filter(({ cue }) => cue.test(q.text)).map(({ kind }) => kind);
}

/**
 * What a passage line must carry to answer the question: the kinds of value its words ask for
 * (`몇 명` a count of 명, `나이` an age, a rate like `수료율` a percentage).
 *
 * @example
 * valueFilter(kb, q)('직무교육 수료 291명(83.1%)'); // true for `직무캠프 수료율`
 */
export function valueFilter(kb: Knowledge, q: Question, required: readonly string[]): ((line: string) => boolean) | null {
  const tests: ((line: string) => boolean)[] = askedKinds(kb, q).map((kind) => (line) => carries(kind, line));
  const counter = askedCounter(q.text);
  // `선정된 과제 몇 건`: a count of what went through the event asked, written on the line.
  const event = counter ? countedEvent(q.text) : null;
  if (counter) tests.push((line) => statesCount(line, counter));
  else if (asksNumberOf(q.text)) tests.push(statesAnyCount);
  if (event) tests.push((line) => line.replace(/\s+/g, '').includes(event));
  if (required.some(isRate)) tests.push(statesPercent);
  return tests.length ? (line) => tests.every((test) => test(line)) : null;
}
