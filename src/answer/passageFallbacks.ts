import type { Knowledge } from '../knowledge/Knowledge';
import { holdsQuestionWord } from './holdsQuestionWord';
import type { Answer, IntentName } from '../model/answer';
import type { Question } from './Question';
import { searchPassage } from '../../intents/search';
import { analyzeQuestion } from './analyzeQuestion';
import { notFound } from './compose';
import { BARE_VALUE, carries, carriesFor, INTENT_VALUE } from './carries';
import { labelledOtherKind } from './labelledOtherKind';
import { areaAsked } from './areaAsked';
import { compactText } from './compactText';
import { MESSAGES } from './messages';
import { statusOn } from '../facts/statusOn';

/**
 * When the fact tables have nothing, a passage still answers a fact question if a line carries
 * the kind of fact asked for (an amount for a budget question), names the event asked about
 * (`마곡 R&D센터 완공` needs 완공 on the line) and, read with its section's titles, every word
 * the question names.
 */
export function factPassage(kb: Knowledge, question: Question, intent: IntentName, fits: (line: string) => boolean): Answer | null {
  const event = kb.lexicon.intent('schedule').cue('namedEvents').find(question.text);
  // `연면적 얼마야`, asked of the location intent, wants an area, not a street.
  const value = intent === 'location' && kb.lexicon.intent('location').cue('area').test(question.text) ? 'area' : INTENT_VALUE[intent];
  const passage = value ? searchPassage(kb, question, (line) => carries(value, line) && (!event || line.includes(event)) && fits(line), { allNamedOnLine: true }) : null;
  return passage && { ...passage, intent };
}

/**
 * `취업률 얼마야` asks for some quantity, `선정된 대학 어디야` for a name: a bare 얼마 or 어디
 * without a money or place word (the intent's `explicit` cue) is answered by a passage whose line
 * carries a value of that kind: a number that is not a date, a place or an organisation's name.
 * Null when the question names its kind of value, or no line fits.
 *
 * @example
 * bareValuePassage(kb, q, 'location', [], lineFit(kb, q, 'location')); // for `선정된 대학 어디야`
 */
export function bareValuePassage(kb: Knowledge, question: Question, intent: IntentName, mustCarry: readonly string[], fits: (line: string) => boolean): Answer | null {
  const explicit = kb.lexicon.intent(intent).cue('explicit');
  if (explicit.words.length === 0 || explicit.test(question.text)) return null;
  // `전문운영기관 어디`: an organisation asked is named on the line, not a place.
  const value = mustCarry.includes('organisation') ? 'organisation' : BARE_VALUE[intent];
  // `… 컨퍼런스 어디서 열려`: a place for what the question names, so the line itself names it.
  // `UCLG WORLD 총회 참가(대전)`: a city in brackets is a place too.
  const cities = kb.lexicon.intent('location').cue('cities');
  // `안심일자리 어디로 가요`: a line labelled with another field (`추진목적 : 실업자, 노숙자, …`) names no place, whatever it
  // lists, unless it says what the question names (`세바스티앙 보르제 … 어디 나와요`: where the name is written).
  const named = question.topics.flatMap((t) => t.required).map((w) => compactText(w).toLowerCase());
  const saysNamed = (line: string) => {
    const value = compactText(line.slice(line.indexOf(' : ') + 3)).toLowerCase();
    return named.length > 0 && named.every((w) => value.includes(w));
  };
  const otherField = (line: string) => value === 'place' && labelledOtherKind(kb, line, kb.lexicon.intent('overview').cue('whereKinds').words) && !saysNamed(line);
  const inBrackets = (line: string) => [...line.matchAll(/\(([^()]{1,12})\)/g)].some((m) => cities.test(m[1]!));
  const valued = (line: string) => !otherField(line) && (!value || carriesFor(value, line, question.text) || (value === 'place' && inBrackets(line)));
  // `강소기업 육아휴직 대체 청년인턴 인건비 … 얼마씩`: a sum is on the line saying what it is for, never on a neighbour's.
  return searchPassage(kb, question, (line) => valued(line) && fits(line), { allNamedOnLine: intent === 'location', specificOnLine: intent === 'budget' });
}

/**
 * `패션허브 입주기업 선정 기준이 뭐예요`: a kind of field asked (`기준`) that no field of the program
 * answers is answered by a passage line naming that kind, or refused; never by any line of the program.
 */
export function fieldPassage(kb: Knowledge, question: Question): Answer | null {
  const words = question.text.split(/\s+/);
  // A field the line must name (the lexicon's `namedFields`), never a basis (`7월 기준`, `'21년 기준`).
  const fields = kb.lexicon.intent('overview').cue('namedFields').words.filter((field) => words.some((word, i) => word.startsWith(field) && !/\d/.test(words[i - 1] ?? '')));
  if (fields.length === 0) return null;
  // The line states such a field: its word, a threshold (`70% 이하`, `6단계 이상`) or a law (`조례`).
  const fieldLine = kb.lexicon.intent('overview').cue('fieldLine');
  const stated = (line: string) => fieldLine.test(line);
  return searchPassage(kb, question, stated) ?? asKindLabel(kb, question, fields, stated) ?? notFound(kb, question, 'overview', MESSAGES.nothingAbout(question.topic));
}

/**
 * `안심일자리 참여 요건`: a field word of a kind the report labels by the kind's name (`대 상 :` for
 * 요건, 자격, 조건) asked again with that name, still of a line stating such a field; null when none does.
 */
function asKindLabel(kb: Knowledge, question: Question, fields: readonly string[], stated: (line: string) => boolean): Answer | null {
  const kinds = kb.lexicon.intent('overview').kinds;
  for (const field of fields) {
    const kind = kinds.find((k) => k.kind !== field && k.cue.words.includes(field))?.kind;
    const answer = kind ? searchPassage(kb, { ...question, ...analyzeQuestion(kb, question.text.replace(field, kind)), original: question.original }, stated) : null;
    if (answer) return answer;
  }
  return null;
}

/**
 * What a passage line must say besides the value: `업체당 한도 얼마`, an amount per company, only a
 * line stating one (`기업별 최대 2백만원 한도`); `운영인력 몇 명`, a number of staff, only a line that
 * counts people as staff (`운영인력 : 6명`, `인원 : 총 300명`), never members of a board; an area of a
 * kind asked (`연면적`), only a line writing that kind.
 */
export function lineFit(kb: Knowledge, question: Question, intent: IntentName): (line: string) => boolean {
  // `의료기기 개발지원센터 연면적`: an area of the kind asked is written on the line (never `전용면적` for it).
  const writesArea = areaAsked(kb, question);
  const fit = fitOfIntent(kb, question, intent);
  return (text) => writesArea(text) && fit(text);
}

function fitOfIntent(kb: Knowledge, question: Question, intent: IntentName): (line: string) => boolean {
  if (intent === 'headcount') {
    const staff = kb.lexicon.intent('headcount').cue('staffLine');
    return (text) => staff.test(text);
  }
  const words = kb.lexicon.intent('budget');
  if (intent !== 'budget' || !words.cue('perUnit').test(question.text)) return () => true;
  const line = words.cue('perUnitLine');
  return (text) => line.test(text);
}

/**
 * `시네마테크 위탁운영기관 선정 결과`: a result asked (the lexicon's `result` words) is never answered by
 * a plan, a milestone on the cited line still to come (`위탁기관 공모 및 선정 : ~'23. 10.`); the report
 * has no result yet, and says so.
 */
export function withoutPlannedResult(kb: Knowledge, question: Question, answer: Answer): Answer {
  if (!answer.found || !kb.lexicon.intent('search').cue('result').test(question.text)) return answer;
  const cited = answer.citations[0];
  const planned = cited !== undefined && kb.milestones.some((m) => m.source.line === cited.line && (!cited.docId || m.source.docId === cited.docId) && statusOn(m, question.asOf) !== 'done');
  return planned ? notFound(kb, question, answer.intent, MESSAGES.nothingAbout(question.topic)) : answer;
}

/**
 * `캠퍼스타운 중에 창업기업 제일 많이 입주한 대학 어디`: the most or least of something asked is the
 * figures compared, never a line with no figure at all.
 *
 * @example
 * withoutFigureCompared(kb, question, search.answer(kb, question) ?? notFound(kb, question, 'search'));
 */
export function withoutFigureCompared(kb: Knowledge, question: Question, answer: Answer): Answer {
  const aggregate = kb.lexicon.intent('aggregate');
  const superlative = aggregate.cue('superlative').test(question.text) && holdsQuestionWord(kb.lexicon, question.text);
  // Only a ranking compares; a passage may, when it gives figures; one fact of a program (a place, a date) never does.
  const compares = RANKING_INTENTS.has(answer.intent) || (answer.intent === 'search' && /\d/.test(answer.headline));
  return answer.found && superlative && !compares ? notFound(kb, question, answer.intent, MESSAGES.nothingAbout(question.topic)) : answer;
}

/** The intents that rank or compare figures. */
const RANKING_INTENTS: ReadonlySet<string> = new Set(['aggregate', 'compare', 'ranking']);
