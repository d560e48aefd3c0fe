import type { Lexicon } from '../lexicon/Lexicon';
import { BACKGROUND_ENDINGS, BACKGROUND_JOINTS, closesBackground, describesBack, endingOf, endsStatement, REQUEST_END, tellsPast, EXPLAINING_ENDINGS, HEARSAY_ENDINGS, isResidence, PREAMBLE_TURN, PURPOSE_ENDINGS, TOPIC_ENDINGS, hasFinalL, isAllHangul, SENTENCE_ENDINGS, isPredicate, statesIntent, stripParticle, stripShortParticle } from '../text/grammar';
import { stemOf } from './topicOf';

/** Where a question's sentences end: a question or exclamation mark, or full stops after a word and before a space (never a date's: `8.23. 기준`). */
const SENTENCE_END = /[?？!！]+\s*|(?<=\p{L}[.。…]*)[.。…]\s+/gu;

/** Punctuation closing a word (`하는데요,`, `넣으려고요.`). */
const CLOSING = /[?？!！.。,，:]+$/;

/** What the aside reader needs to know of the reports and the lexicon. */
export interface AsideWords {
  vocabulary: ReadonlySet<string>;
  lexicon: Lexicon;
  /** Whether a word (a stem) names something the reports have: a program, a place, a department, a short name. */
  isName: (stem: string) => boolean;
  /** Whether a word says where or when (`부산`, `작년`, `노원에도`): it narrows a question wherever it is said. */
  narrows: (word: string) => boolean;
}

/**
 * The question without what only says why, for what or how someone asks. Its background — a
 * clause before the question closed by a background ending (`서울큐브 개관 시점을 시민 안내문에
 * 적으려고 하는데요,`, `민원 문의가 와서 그런데`) or a sentence around it that does not ask
 * (`정산 자료를 정리 중입니다.`, `자치구 협의 자료 때문에요.`) — keeps only the words that name
 * something the reports have (`서울큐브`) or that the report does not know at all (`부산`: still
 * asked about) or that are the report's long compounds (`세계도시정상회의`); its verbs, the lexicon's
 * aside words and the report's everyday words (three syllables at most) go. A later
 * sentence of only aside words and verbs (`표에 있는 숫자로요`) goes too.
 *
 * @example
 * withoutAsides('회의 자료에 넣으려는데, 뷰티복합문화공간 예산 얼마?', words); // '뷰티복합문화공간 예산 얼마?'
 */
export function withoutAsides(question: string, words: AsideWords): string {
  const marks = [...question.matchAll(SENTENCE_END), ...question.matchAll(REQUEST_END), ...question.matchAll(PREAMBLE_TURN)].map((m) => (m.index ?? 0) + m[0].length);
  const ends = [...new Set(marks)].filter((end) => end < question.length).sort((a, b) => a - b);
  const starts = [0, ...ends];
  const sentences = starts.map((start, i) => question.slice(start, starts[i + 1] ?? question.length));
  // `입사한 지 얼마 안 돼서 여쭤봅니다. … 언제 수립될 예정인가요?`: a formal statement before a question says, whatever words it holds.
  const statement = sentences.map((sentence) => !/[?？]/.test(sentence) && endsStatement(lastWord(sentence)));
  // `숫자만 확인 부탁드립니다.`: a request of only aside words asks how to answer, not what.
  // `보도자료 일정란에 넣을 거예요`: what the asker will do with the answer asks nothing.
  const intent = sentences.map((sentence) => sentences.length > 1 && statesIntent(sentence));
  // `… 비전공 학생들한테 맞을지 궁금해서요`: a reason after a question, whatever request word it holds, asks nothing more.
  const reason = sentences.map((sentence, i) => i > 0 && explains(sentence) && !/[?？]/.test(sentence));
  const asked = sentences.map((sentence, i) => asks(sentence, words.lexicon) && !intent[i] && !reason[i] && !onlyAsideWords(sentence.split(/\s+/), words));
  const lastQuestion = asked.findLastIndex((a, i) => a && !statement[i]);
  const asking = asked.map((a, i) => a && !(statement[i] && i < lastQuestion));
  // The question is the last sentence that asks (when none seems to, the last that says no purpose).
  const main = asking.lastIndexOf(true) >= 0 ? asking.lastIndexOf(true) : Math.max(0, intent.lastIndexOf(false));
  return sentences
    .map((sentence, i) => {
      if (i === main) return withoutTrailingAside(withoutBackgroundClause(sentence, words), words);
      if (asking[i]) return sentence;
      // `강소기업 사업 전체 예산 얼마예요? 청년 정규직 뽑으면 돈 준다는 그거`: what the question names, described again.
      if (i > main && describesBack(sentence)) return namesIn(sentences[main]!.split(/\s+/), words, false).length > 0 ? '' : namesIn(sentence.split(/\s+/), words).join(' ');
      const last = lastWord(sentence);
      // After the question, a statement (`… 별관이라고만 들어서 정확한 주소가 필요합니다`) is background:
      // it keeps what background keeps (`용산캠퍼스 기준입니다`).
      if (i > main && endsStatement(last)) return keptWords(sentence.split(/\s+/), words).join(' ');
      // After the question, what happened (`기업 대표가 전화로 문의했어요`) is a story: only names in it stay.
      if (i > main && tellsPast(last)) return namesIn(sentence.split(/\s+/), words).join(' ');
      // After the question, what the asker believes or heard (`공고는 7월에 났던 걸로 아는데요.`, `보고서에 나오던데`): its report names alone stay, never its dates.
      if (i > main && endingOf(last.replace(CLOSING, ''), [...BACKGROUND_ENDINGS, ...HEARSAY_ENDINGS])) return namesIn(sentence.split(/\s+/), words, false).join(' ');
      // After the question, a reason (`신입이라 감이 안 와서요`, `자치구 협의 자료 때문에요`) is background
      // too; anything else after it stays (`나이제한 있나`).
      if (i > main && !explains(sentence) && !intent[i]) return onlyAsideWords(sentence.split(/\s+/), words) ? '' : sentence;
      // After the question, a reason or purpose (`FDI 유치실적 대비 많은 편인지 보려고`) only narrows where
      // or when (`부산 지점 얘기라서요`); the other things it names are what the asker will compare, not what is asked.
      if (i > main) return sentence.split(/\s+/).map((word) => word.replace(CLOSING, '')).filter((word) => words.narrows(word)).join(' ');
      // Before the question, what the asker tells of themselves (`저는 송파구에 사는 퇴직 교사입니다`,
      // `제자가 서울혁신챌린지에 나간다고 하여 관심이 생겼는데요`): the reports' names in it and what
      // narrows where or when stay, never where the asker lives; what they heard stays whole.
      if (endingOf(last.replace(CLOSING, ''), HEARSAY_ENDINGS)) return keptWords(sentence.split(/\s+/), words).join(' ');
      const all = sentence.split(/\s+/).map((word) => word.replace(CLOSING, ''));
      // A name in Latin letters the report writes (`AI지원센터`) is a name too.
      const written = (word: string) => /[A-Za-z]/.test(word) && words.vocabulary.has(stemOf(word, words.vocabulary, words.lexicon).toLowerCase());
      return all.filter((word, j) => !isResidence(all, j) && (namesIn([word], words, false).length > 0 || written(word) || words.narrows(word))).join(' ');
    })
    .filter((sentence) => sentence.trim() !== '')
    .join(' ')
    .trim();
}

/**
 * A sentence with the clause before its question (see `withoutAsides`) reduced to the words it
 * keeps.
 *
 * @example
 * withoutBackgroundClause('민원 문의가 와서 그런데 뉴딜일자리 대상', words); // '뉴딜일자리 대상'
 */
export function withoutBackgroundClause(sentence: string, words: AsideWords): string {
  const all = sentence.trim().split(/\s+/);
  const close = all.findIndex((word, i) => i < all.length - 1 && closesClause(word));
  // What someone heard (`… 체결한다고 들었는데,`) is what they ask about, not why; so is a clause naming
  // the topic (`뉴딜일자리 취업률 말인데요,`).
  const closings = [...HEARSAY_ENDINGS, ...TOPIC_ENDINGS];
  if (close < 0 || all.slice(0, close + 1).some((word) => closings.some((ending) => word.replace(CLOSING, '').endsWith(ending)))) return sentence;
  const [background, rest] = [all.slice(0, close + 1), all.slice(close + 1)];
  // `… 한도가 얼마인지 보도자료용으로 확인 부탁해요`: the question itself before an aside clause's end, the rest only a request.
  const asking = (list: readonly string[]) => list.some((word) => words.lexicon.isQuestionWord(stripParticle(word.replace(CLOSING, ''))));
  if (asking(background) && !asking(rest)) return [...background.slice(0, -1), ...(isAside(background.at(-1)!.replace(CLOSING, ''), words.lexicon) ? [] : [background.at(-1)!]), ...rest].join(' ');
  // `내부 보고용으로 정리 중인데요, …`: a second clause of background after the first.
  const main = withoutBackgroundClause(rest.join(' '), words).split(' ');
  // `민원인이 도시형 소공인 지원 문의를 해왔는데, 담당 부서가 어디인가요?`: when neither the question nor
  // its background names anything, the background's everyday words are what it is about.
  // `서울시에서는 어느 과가 그 업무를 …`: the city (a soft word) names no program.
  const names = (list: readonly string[]) => list.some((word) => { const stem = stemOf(word.replace(CLOSING, ''), words.vocabulary, words.lexicon); return words.isName(stem) && !words.lexicon.softWords.has(stem); });
  const namesOwn = main.some((word) => keptWords([word], words, false).length > 0);
  // The question naming a program of the report itself, the background's names are what led to it, not what it asks.
  // `… 소요예산 천만원 단위로 정리하려는데 원 수치 알려주세요`: a question asking for no kind of answer asks for the background's.
  const asksOwn = Object.keys(words.lexicon.source.intents).some((name) => words.lexicon.intent(name).asks(main.join(' ')));
  return [...(names(main) ? [] : keptWords(background, words, namesOwn || names(background), !asksOwn)), ...main].join(' ');
}

/** A sentence's last word, as written (with its closing marks). */
function lastWord(sentence: string): string {
  return sentence.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * The question without a clause of only aside words after its last comma (`주소요, 보도자료 쓰는 중`),
 * or without a last verb giving the asker's purpose after it asks (`… 어디에요 연결해드릴려구요`).
 */
function withoutTrailingAside(sentence: string, words: AsideWords): string {
  const comma = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf('，'));
  const all = sentence.trim().split(/\s+/);
  const last = (all.at(-1) ?? '').replace(CLOSING, '');
  if (comma < 0 && all.length > 2 && isPredicate(last) && endingOf(last, PURPOSE_ENDINGS) && all.slice(0, -1).some((word) => words.lexicon.isQuestionWord(word))) return all.slice(0, -1).join(' ');
  if (comma < 0) return sentence;
  const after = sentence.slice(comma + 1).trim().split(/\s+/);
  return onlyAsideWords(after, words) ? sentence.slice(0, comma) : sentence;
}

/** Whether a word ends a clause of background (`하는데요,`, `그런데`, `와서요,`, `브리핑용으로`). */
function closesClause(word: string): boolean {
  const bare = word.replace(CLOSING, '');
  return closesBackground(bare, word !== bare) || (word !== bare && endingOf(bare, EXPLAINING_ENDINGS) !== undefined);
}

/** Whether a sentence asks something: a question mark, or a question, request or asking word. */
function asks(sentence: string, lexicon: Lexicon): boolean {
  if (/[?？]/.test(sentence)) return true;
  const has = (list: readonly string[]) => list.some((w) => sentence.includes(w));
  return has(lexicon.questionWords) || has(lexicon.source.requestWords) || sentence.search(lexicon.questionPhrases) >= 0;
}

/**
 * The words of background that stay: names of what the reports have, words the report does not know,
 * unless `dropEveryday` its everyday words, and with `keepAsking` the words asking for a kind of answer.
 */
function keptWords(background: readonly string[], words: AsideWords, dropEveryday = true, keepAsking = false): string[] {
  return background.filter((word, i) => {
    const bare = word.replace(CLOSING, '');
    if (bare === '' || isAside(bare, words.lexicon) || BACKGROUND_JOINTS.includes(bare)) return false;
    if (/[A-Za-z0-9]/.test(bare)) return true;
    const stem = stemOf(bare, words.vocabulary, words.lexicon);
    if (words.isName(stem) || words.isName(bare)) return true;
    // `만들고 있는데요`: a verb going on.
    const going = bare.endsWith('고') && (background[i + 1] ?? '').startsWith('있');
    // `둘러볼 예정인데요`: a verb of what is to come, the report's word or not.
    const toCome = isAllHangul(bare) && hasFinalL(bare.at(-1)!) && !words.vocabulary.has(bare);
    const verb = going || toCome || isPredicate(bare) || endingOf(bare, [...EXPLAINING_ENDINGS, ...BACKGROUND_ENDINGS]) !== undefined;
    // The report's everyday words go (`현장`, `실적`); its long compounds stay (`세계도시정상회의`).
    if (keepAsking && words.lexicon.topicStopWords.has(stem) && !verb) return true;
    const everyday = (dropEveryday && words.vocabulary.has(stem) && stem.length <= 3) || words.lexicon.softWords.has(stem) || words.lexicon.topicStopWords.has(stem);
    return !verb && !everyday;
  });
}

/** The words of a sentence that are the reports' names (or hold Latin letters or digits, unless `withFigures` is false). */
function namesIn(sentence: readonly string[], words: AsideWords, withFigures = true): string[] {
  return sentence.map((word) => word.replace(CLOSING, '')).filter((bare) => (withFigures && /[A-Za-z0-9]/.test(bare)) || words.isName(stemOf(bare, words.vocabulary, words.lexicon)) || words.isName(bare));
}

/** Whether a word is one of the lexicon's aside words, with any ending or particle. */
function isAside(word: string, lexicon: Lexicon): boolean {
  const stem = [...BACKGROUND_ENDINGS, ...SENTENCE_ENDINGS].reduce((w, ending) => (w.endsWith(ending) && w.length > ending.length ? w.slice(0, -ending.length) : w), word);
  const known = (head: string) => lexicon.asideWords.has(head);
  return [stem, stripParticle(stem), stripParticle(word), stripShortParticle(word, known)].some(known);
}

/** Whether words hold an aside word and, besides those, only joints and verbs the report does not use. */
function onlyAsideWords(sentence: readonly string[], words: AsideWords): boolean {
  const bare = sentence.map((word) => word.replace(CLOSING, '')).filter((word) => word !== '');
  // `있는` is the report's word too, but only a verb form (a soft word).
  const verbOnly = (word: string) => BACKGROUND_JOINTS.includes(word) || (isPredicate(word) && (words.lexicon.softWords.has(word) || !words.vocabulary.has(stemOf(word, words.vocabulary, words.lexicon))));
  return bare.length > 0 && bare.some((word) => isAside(word, words.lexicon)) && bare.every((word) => isAside(word, words.lexicon) || verbOnly(word));
}

/** Whether a sentence ends giving a reason (`…안 와서요`), not naming a thing (`부산에`). */
function explains(sentence: string): boolean {
  const last = sentence.replace(/[?？!！.。\s]+$/, '').split(/\s+/).at(-1) ?? '';
  return EXPLAINING_ENDINGS.some((ending) => last.endsWith(ending));
}
