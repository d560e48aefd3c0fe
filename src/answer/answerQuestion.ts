import { FACT_INTENTS, INTENTS, search, type Intent } from '../../intents';
import { table } from '../../intents/table';
import { lookupTableRow } from './lookupTableRow';
import { compactText } from './compactText';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer, IntentName } from '../model/answer';
import type { Question } from './Question';
import { analyzeQuestion, typedQuestion } from './analyzeQuestion';
import { bothAnswers, notFound } from './compose';
import { asksPercent, isAmongWord, isBreakdownWord, stripParticle } from '../text/grammar';
import { type AnswerOptions, resolveAsOf } from './resolveAsOf';
import { MESSAGES } from './messages';
import { askedApart } from './askedApart';
import { askedViaDepartment } from './askedViaDepartment';
import { askedKinds, carries } from './carries';
import { namesOtherNumber } from './namesOtherNumber';
import { namesOtherEdition, programTextOf } from './namesOtherEdition';
import { ordinals } from '../text/numberedWords';
import { resolveScope } from '../reports/resolveScope';
import { labelReports } from '../reports/labelReports';
import { pickAcrossReports, reportNotLoaded } from '../reports/pickAcrossReports';
import { olderReports } from '../reports/olderReports';
import { askedInSentences } from './askedInSentences';
import { askedWithoutGloss } from './askedWithoutGloss';
import { askedWithoutDescription } from './askedWithoutDescription';
import { askedInQuote } from './askedInQuote';
import { askedWithoutPremise } from './askedWithoutPremise';
import { statedValueOf, withStatedCheck } from './statedCheck';
import { askedAfterPaste } from './askedAfterPaste';
import { askedAgainst } from './askedAgainst';
import { mentionAsked } from './mentionPassage';
import { answerMustCarry } from './answerMustCarry';
import { answersOtherYear } from './answersOtherYear';
import { answersOtherEvent } from './answersOtherEvent';
import { areaAsked } from './areaAsked';
import { answersOtherPlace } from './answersOtherPlace';
import { bareValuePassage, factPassage, fieldPassage, lineFit, withoutFigureCompared, withoutPlannedResult } from './passageFallbacks';

/**
 * Answers one question from the reports: picks the report (the one the question names, else each
 * program's newest), the intents the question's words ask for, answers from the fact tables first,
 * falls back to the best passage, and says plainly when the report does not contain the answer.
 * Pure: the same knowledge, question and clock give the same answer. The clock (`options.asOf`,
 * default now) is the caller's "today": `다음 달` and done/planned are read against it, never
 * against the report's own date.
 *
 * @example
 * const answer = answerQuestion(kb, '청년취업사관학교 예산 얼마야', { asOf: '2022-10-01' });
 * answer.text; // '청년취업사관학교 조성·운영의 소요예산: 20,255백만원 (약 202.6억원)\n출처: IV-1-① …'
 */
export function answerQuestion(kb: Knowledge, input: string, options: AnswerOptions = {}): Answer {
  // `… 6,434명으로 되어 있는데 맞습니까?`: a value stated to be checked is what the asker believes, not
  // what is asked; the answer says whether the report's figure is the one stated.
  const typed = typedQuestion(input);
  const stated = statedValueOf(kb.lexicon, typed);
  if (!stated) return answerScoped(kb, typed, options);
  return withStatedCheck(stated, { ...answerScoped(kb, stated.text, options), question: typed });
}

function answerScoped(kb: Knowledge, input: string, options: AnswerOptions): Answer {
  // `▶ 동북권 성장유망기업지원센터 시범운영\n…\n\n이거 언제부터 운영해요?`: lines pasted from the report, then the question.
  const pasted = askedAfterPaste(kb, input, (question) => answerScoped(kb, question, options));
  if (pasted) return pasted;
  const asOf = resolveAsOf(options);
  // `서울형 뉴딜일자리 시급 얼마야? 안심일자리보다 높지?`: the answer, and the same of the other beside it.
  const both = (first: Answer, second: Answer) => bothAnswers({ ...analyzeQuestion(kb, input), original: typedQuestion(input), asOf }, first, second);
  const against = askedAgainst(kb, input, (question) => answerScoped(kb, question, options), both);
  if (against) return against;
  const scope = resolveScope(kb, typedQuestion(input));
  const again = (text: string) => answerQuestion(kb, text, options);
  // `… 알려주시겠어요? 지난 보고 때 들었는데`: a report named only in an aside is not the one asked about.
  if (scope.missing !== null) return askedInSentences(kb, input, again) ?? reportNotLoaded(kb, { ...analyzeQuestion(kb, input), asOf }, scope.missing);
  const named = scope.named.map((d) => d.id);
  const views = named.length > 1 ? named.map((id) => kb.library.byDoc.get(id)!) : [scope.view];
  // A second report named (`2021년 보고서랑 2022년 9월 보고서 비교`) is what a comparison is against.
  const withSecond = scope.compareWith ? [...named, scope.compareWith.id] : named;
  const answers = views.map((view) => answerInView(view, input, scope.text, asOf, withSecond));
  const answer = pickAcrossReports(kb, answers, scope);
  if (answer.found || answer.candidates.length > 0 || named.length > 0) return labelReports(kb, answer, named.length > 0);
  // `… 신청할수 있나요? 어떤 회사가 대상이에요?`: refused whole, asked sentence by sentence.
  // `근무조건(시급, 월 최대 급여)`: without the gloss, when the answer shows what it names.
  // `… 나뉘어 있다고 들었는데, 그중 이월된 금액이 얼마인지`: without what the asker already knows.
  // `… 스케일업 돕는 동북권 지원센터 위치`: without the clause describing what it names.
  // `시민 문의: '남산 애니센터 새로 짓는 거 언제 오픈해요?'`: the question relayed in quotes.
  const bySentence = askedInSentences(kb, input, again) ?? askedWithoutGloss(kb, input, again) ?? askedWithoutPremise(kb, input, again) ?? askedWithoutDescription(kb, input, again) ?? askedInQuote(kb, input, again);
  if (bySentence) return bySentence;
  // A fact the newest report of a program leaves out (a budget it no longer gives) is answered
  // from the reports before it, saying so; only a fact of the kind asked, never a loose passage.
  for (const older of olderReports(scope.view)) {
    const found = answerInView(kb.library.byDoc.get(older.id)!, input, scope.text, asOf, []);
    if (found.found && found.intent !== 'search' && found.intent === answer.intent) return labelReports(kb, found, false, 'fact');
  }
  return labelReports(kb, answer, false);
}

/** Answers in one view; `text` is the question without its report phrase. */
function answerInView(kb: Knowledge, input: string, text: string, asOf: string, named: readonly string[]): Answer {
  const answer = answerWhole(kb, input, text, asOf, named);
  const asked = answer.question === input ? text : answer.question;
  const ask = (part: string) => answerWhole(kb, input, part, asOf, named);
  // `캠퍼스타운 담당 과 정원 현원`: the department through its duties, then its figures.
  const apart = askedViaDepartment(kb, asked, answer, ask) ?? askedApart(kb, asked, answer, ask);
  return apart ? bothAnswers({ ...analyzeQuestion(kb, text), original: input, asOf }, apart[0], apart[1]) : answer;
}

/** Answers a question as one. */
function answerWhole(kb: Knowledge, input: string, text: string, asOf: string, namedReports: readonly string[]): Answer {
  const askInScope = (other: string) => answerWhole(kb, other, other, asOf, namedReports);
  const question: Question = { ...analyzeQuestion(kb, text), original: typedQuestion(input), asOf, namedReports, askInScope };
  let answer = withoutFigureCompared(kb, question, answerFromReport(kb, question));
  // `노량진 청년일자리센터 주소`: the 중구 장교동 centre is another place of the same name.
  if (answersOtherPlace(kb, question, answer)) answer = notFound(kb, question, 'location', MESSAGES.nothingAbout(question.topic));
  // `양재 AI R&D`, refused as typed: the report's other word for the same thing (`인공지능`), the answer saying so.
  for (const reading of answer.found || answer.candidates.length ? [] : kb.lexicon.equivalents(text)) {
    const read = analyzeQuestion(kb, reading.text);
    const again = answerFromReport(kb, { ...question, ...read, original: question.original, readAs: [...read.readAs, reading.readAs] });
    // Read in other words, the answer must show every word of the report the question names (`캠퍼스` too).
    const shown = compactText(again.text);
    if (!again.found || !read.topic.split(' ').every((word) => !kb.vocabulary.has(word.toLowerCase()) || shown.includes(compactText(word)))) continue;
    answer = again;
    break;
  }
  // `시즌4` asked, `시즌3` answered; `제7회` asked, a program that only describes `제6회`: another thing of the same name.
  const otherEdition = answer.found && ordinals(question.text).length > 0 && namesOtherEdition(question.text, `${answer.text}\n${programTextOf(kb, answer)}`);
  if (answer.found && (namesOtherNumber(question.text, answer.text) || otherEdition)) return notFound(kb, question, answer.intent, MESSAGES.nothingAbout(question.topic));
  return answer;
}
/** Intents answering with one area as written (a comparison or a ranking names its own). */
const ONE_AREA: ReadonlySet<string> = new Set(['location', 'overview', 'search']);

function answerFromReport(kb: Knowledge, question: Question): Answer {
  if (!/[\p{L}\p{N}]/u.test(question.text)) return emptyQuestion(kb, question);
  // `경제정책과장 이름이 뭐야`: an official's name is found in the text as written or not at all, never in a fact row.
  const words = kb.lexicon.intent('search');
  if (words.cue('personName').test(question.text) && words.cue('personTitle').test(question.text)) return search.answer(kb, question) ?? notFound(kb, question, 'search');
  const detected = tableCellFirst(kb, question, INTENTS.filter((intent) => intent.detect(question, kb)));
  const mentioned = mentionAsked(kb, question, detected.some((intent) => FACT_INTENTS.has(intent.name)));
  if (mentioned) return mentioned;
  // `몇 시에 문 열어`: a time of day asked is not answered with a day or a figure; `시공사 어디`, an organisation asked, not with an
  // address; `입장료`, a fee, only with a sum in won; `링크`, `전화번호`, only a way to reach it; `몇 %`, only with a percentage.
  const mustCarry = [...askedKinds(kb, question).filter((kind) => kind === 'hour' || kind === 'organisation' || kind === 'fee' || kind === 'contact'), ...(asksPercent(question.text) ? ['percent'] : [])];
  // `캠퍼스타운 대학별 예산 젤 많은 곳`: the most of a breakdown is a ranking, or nothing — never one figure.
  const ranked = asksBreakdownRanking(kb, question);
  const mustCarryOf = answerMustCarry(kb, question, mustCarry);
  // `서울큐브 연면적`: an area of the kind asked (연면적, never the 부지's) is written in an answer giving one.
  const writesArea = areaAsked(kb, question);
  for (const intent of detected) {
    if (ranked && intent.name !== 'aggregate') continue;
    const answer = intent.answer(kb, question);
    if (answer && (answersOtherYear(kb, question, answer) || answersOtherEvent(kb, question, answer) || (answer.found && ONE_AREA.has(answer.intent) && !writesArea(answer.text)))) continue;
    if (answer && (!answer.found || mustCarryOf(intent.name).every((kind) => carries(kind, answer.text)))) return answer;
  }
  if (ranked) return notFound(kb, question, 'aggregate', MESSAGES.nothingAbout(question.topic));
  const factIntent = detected.find((intent) => FACT_INTENTS.has(intent.name));
  if (!factIntent) return fieldPassage(kb, question) ?? withoutPlannedResult(kb, question, search.answer(kb, question) ?? notFound(kb, question, 'search'));
  const fits = lineFit(kb, question, factIntent.name);
  return bareValuePassage(kb, question, factIntent.name, mustCarry, fits) ?? factPassage(kb, question, factIntent.name, fits) ?? notFound(kb, question, factIntent.name, MESSAGES.nothingAbout(question.topic));
}

/**
 * `미래혁신성장펀드 창업지원 분야 합계 얼마`: a money question naming a table's row and column is
 * answered by that cell before a budget figure of the row's name (`창업지원의 조성목표`).
 */
function tableCellFirst(kb: Knowledge, question: Question, detected: readonly Intent[]): readonly Intent[] {
  if (!detected.some((intent) => intent.name === 'budget')) return detected;
  // Cheap first: a question naming no column header that is not a budget figure names no such cell.
  const asked = compactText(question.text);
  const namesColumn = kb.tables.headerWords.some((h) => h.length >= 2 && !kb.budgetKinds.has(h) && asked.includes(h));
  if (!namesColumn && !kb.lexicon.intent('table').cue('cumulative').test(question.text)) return detected;
  const hit = lookupTableRow(kb, question);
  // A column that is a kind of budget figure (`조성목표`) is the budget intent's to answer, with its unit.
  if (!hit?.cellNamed || hit.columns.every((i) => kb.budgetKinds.has(compactText(hit.row.headers[i] ?? '')))) return detected;
  return [table, ...detected.filter((intent) => intent !== table)];
}

/** Whether a question asks the most or least of a breakdown (`대학별 … 젤 많은`), not a cap per unit (`기업별 최대 한도`). */
function asksBreakdownRanking(kb: Knowledge, question: Question): boolean {
  const aggregate = kb.lexicon.intent('aggregate');
  if (kb.lexicon.intent('budget').cue('perUnit').test(question.text)) return false;
  const words = question.text.split(/\s+/);
  // `분야 중에 사람 제일 많은 데`: among a breakdown's items, as `분야별`.
  const among = kb.lexicon.intent('ranking').cue('among').words;
  const amongItems = words.some((word, i) => i > 0 && isAmongWord(word) && among.includes(stripParticle(words[i - 1]!)));
  return (aggregate.cue('most').test(question.text) || aggregate.cue('least').test(question.text)) && (amongItems || words.some(isBreakdownWord));
}

function emptyQuestion(kb: Knowledge, question: Question): Answer {
  const answer = notFound(kb, question, 'search', MESSAGES.emptyQuestion);
  const headline = MESSAGES.askSomething;
  return { ...answer, headline, text: headline };
}
