import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { closesBackground, endingOf, HEARSAY_ENDINGS, isAllHangul, isGivingStem, isPredicate, isSurelyVerb, guessesWhere, likensSomething, pointsAt, sentencesOf, statesIntent } from '../text/grammar';
import { topicOf } from './topicOf';
import { namedWords, namesOwnSubject } from './followUp';
import { analyzeQuestion } from './analyzeQuestion';
import { narrowsWhere } from './narrowsWhere';
import { describedProgram, isOtherThing } from './describedProgram';
import type { Reading } from './readTypos';
import { withReading } from './withReading';

/** More sentences than this is a message, not a question: it is not taken apart. */
const MAX_SENTENCES = 4;

/**
 * A question of several sentences that is refused as a whole, as staff relay a citizen's
 * (`저희 회사도 서울형 강소기업 신청할수 있나요? 어떤 회사가 대상이에요?`, `거래처 사장님이
 * 물어보시는데 …`): each sentence is asked on its own, the last first, and one that names nothing
 * of its own is asked about what the other sentences name, as a follow-up in a thread is. The first
 * sentence answered is the answer; none answered, null (the whole question's refusal stands).
 *
 * @example
 * askedInSentences(kb, '시네마테크 언제 문 열어요? 어르신이 물어보셔서요', (q) => answerQuestion(kb, q))?.found; // true
 */
export function askedInSentences(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const said = sentencesOf(input);
  // `… 위치 어디예요? 남산쪽?`: a guess at the answer is left out; the question is asked alone.
  const sentences = said.filter((sentence) => !guessesWhere(sentence));
  if (sentences.length === 1 && said.length > 1) return askedAlone(sentences[0]!, input, ask);
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES) return null;
  for (let i = sentences.length - 1; i >= 0; i--) {
    // Only a sentence that asks (`어떤 회사가 대상이에요?`), never an aside (`거래처에서 물어봐서`).
    if (!asks(kb, sentences[i]!)) continue;
    // Another sentence asking about something the report does not have (`부산 … 있어?`) refuses them all.
    if (sentences.some((other, j) => j !== i && asks(kb, other) && !namesOnlyKnown(kb, other))) continue;
    const contexts = sentences.map((other, j) => (j === i ? null : contextOf(kb, other, j < i))).filter((c) => c !== null);
    // `청년취업사관학교 예산 총 얼마임? 동대문에 … 생긴다길래`: the whole asked is never narrowed to a place said beside it.
    const whole = kb.lexicon.intent('search').cue('whole').test(sentences[i]!);
    const bounds = contexts.flatMap((c) => c.bounds).filter((word) => !whole || !narrowsWhere(kb, word));
    const names = [...new Set(contexts.flatMap((c) => c.names))];
    const readings = contexts.flatMap((c) => (c.reading ? [c.reading] : []));
    // With what the others name first; a sentence naming its own subject (`신용보험센터 어디있어요?`) also as it is.
    const questions = [[...bounds, ...names, sentences[i]!].join(' '), ...(namesOwnSubject(kb, sentences[i]!) ? [[...bounds, sentences[i]!].join(' ')] : [])];
    for (const question of new Set(questions)) {
      // `… 시민 '35살인데 신청 돼요?'`: a reading that reads back to the question itself is never asked again.
      if (question === input) continue;
      const answer = ask(question);
      // A program read from its description says so, as a typo read does.
      if (answer.found) return readings.length && question === questions[0] ? withReading(answer, ...readings) : answer;
    }
  }
  return null;
}

/** The one sentence left asked on its own, unless it is the whole question. */
function askedAlone(sentence: string, input: string, ask: (question: string) => Answer): Answer | null {
  if (sentence === input) return null;
  const answer = ask(sentence);
  return answer.found ? answer : null;
}

/**
 * Whether a sentence asks something: it ends in a question mark, or a question word starts one of
 * its words, not one closing a clause of background (`코딩 가르쳐주는데요`: they teach, nobody asks).
 */
function asks(kb: Knowledge, sentence: string): boolean {
  return /[?？]$/.test(sentence) || sentence.split(/\s+/).some((word) => kb.lexicon.isQuestionWord(word) && !closesBackground(word.replace(/[,，.…]+$/, ''), false));
}

/** Whether every word a sentence names is a word of the reports or a name they use. */
function namesOnlyKnown(kb: Knowledge, sentence: string): boolean {
  const names = new Set(namedWords(kb, sentence));
  return analyzeQuestion(kb, sentence).topics.every((t) => t.required.every((word) => names.has(word) || kb.vocabulary.has(word.toLowerCase())));
}


/**
 * What another sentence gives the one asked: the program it describes (`청년들 … 취업까지 연결해 주는
 * 그 학교 있잖아요`, with how it was read), or the names it says and the city, place, figure or year
 * that still says where or when (`부산 … 있어?`, `노원에도 … 생긴다던데`, `작년 기준으로요`), without
 * their stops, so a reading is one sentence (never taken apart again).
 */
function contextOf(kb: Knowledge, sentence: string, before: boolean): { names: string[]; bounds: string[]; reading: Reading | null } {
  const words = sentence.split(/\s+/).map((word) => word.replace(/[?？!！。.,，]/g, ''));
  const where = words.filter((word) => narrowsWhere(kb, word));
  const described = pointsAt(sentence) ? describedProgram(kb, sentence) : null;
  // A description's figures say what the program does (`4차산업 … 경진대회`); its places and years still narrow.
  if (described) return { names: [described], bounds: where, reading: { typed: sentence.replace(/[,，.…\s]+$/, ''), read: described } };
  // `올해 12월에 리모델링 준공되는 곳이 있다던데`: what the asker heard is what a later `어디예요?` asks about, all of it
  // (a description likening it to something, `… 매장 같은 거 만든다던데`, names the program it describes).
  if (before && !likensSomething(sentence) && endingOf(words.at(-1) ?? '', HEARSAY_ENDINGS)) return { names: topicOf(sentence, kb.vocabulary, kb.lexicon).split(' ').filter(Boolean), bounds: [...new Set([...words.filter((word) => /\d/.test(word)), ...where])], reading: null };
  // A sentence before, naming nothing the reports have, names what they do not (`청년수당 받고 싶은데`).
  // `봉제 기술 좀 배워보려고요.`: what the asker means to do names only programs (long names), never an everyday word of the reports.
  const names = namedWords(kb, sentence).filter((word) => !statesIntent(sentence) || word.length >= 3);
  const unknown = before ? unknownNouns(kb, sentence) : [];
  // `노인일자리, …`: a compound the reports never write stays what is asked, though they write its end.
  // `배달앱 수수료 지원해주는 거 있잖아요,`: naming only a short word the reports have (`지원`), what it describes is what they do not.
  const namesSomething = names.some((word) => word.length >= 3);
  return { names: namesSomething ? [...names, ...unknown.filter((word) => isOtherThing(kb, word))] : [...names, ...unknown], bounds: [...new Set([...words.filter((word) => /\d/.test(word)), ...where])], reading: null };
}

/**
 * The nouns of a sentence the reports never write (`청년수당 받고 싶은데`): what a later sentence
 * naming nothing of its own asks about, when the sentence names nothing the reports have.
 */
function unknownNouns(kb: Knowledge, sentence: string): string[] {
  // (`영상문화시설` is two words they write: a description in their terms, not another thing.)
  const inTheirTerms = (word: string) => kb.vocabulary.has(word.slice(0, 2)) && kb.vocabulary.has(word.slice(2));
  const unknown = (word: string) => word.length >= 3 && isAllHangul(word) && !kb.vocabulary.has(word) && !inTheirTerms(word) && !kb.lexicon.softWords.has(word) && !isPredicate(word) && !isSurelyVerb(word) && !isGivingStem(word);
  return topicOf(sentence, kb.vocabulary, kb.lexicon).split(' ').filter(unknown);
}

