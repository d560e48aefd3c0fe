import type { Lexicon } from '../lexicon/Lexicon';
import { isAmongWord, isGoingOn, isNounWithTail, isPointedAt, isSurelyVerb, quotedVerbNoun, SENTENCE_ENDINGS, stripParticle, withoutAges, withoutAmounts, stripShortParticle, withoutDayOrMonth, withoutJoint, withoutPer, withoutKindSuffix, withoutPoliteBun, withoutSide, withoutVerbTail } from '../text/grammar';

/**
 * What a question is about: its words without question words, endings, particles and the words
 * that only name the kind of answer wanted (all from the lexicon and the grammar). A word the
 * report itself uses is never cut (`단지` keeps its `지`), so pass the report's vocabulary.
 *
 * @example
 * topicOf('서울큐브 언제 열어?', vocabulary, lexicon);      // '서울큐브 열어'
 * topicOf('청년취업사관학교 예산은 얼마야', vocabulary, lexicon); // '청년취업사관학교'
 */
export function topicOf(text: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
  const stop = lexicon.topicStopWords;
  const isQuestion = lexicon.isQuestionWord;
  const words: string[] = [];
  // `지출액 기준 집행률`: a link word before a word naming the kind of answer links two words too.
  let linksAnswer = false;
  const raws = withoutAges(withoutAmounts(withoutDayOrMonth(text.replace(lexicon.questionPhrases, ' ')))).split(/[\s?？!,~/—–]+/);
  for (const [i, raw] of raws.entries()) {
    let word = raw.replace(/^[.'"“”‘’()[\]]+|[.'"“”‘’()[\]]+$/g, '');
    // `이 대회의 사업예산`: a common noun pointed at stands for what was named before.
    // `건립비 중에 구비`: 중에 (among, of) names nothing.
    if (!word || isQuestion(word) || isAmongWord(word) || isPointedAt(raws, i, (w) => stemOf(w, vocabulary, lexicon))) continue;
    word = withoutGluedRequest(word, vocabulary, lexicon);
    // `과예요`, `곳이에요`: a "which" noun with its copula is that noun.
    word = lexicon.whichWords.find((which) => isNounWithTail(word, which)) ?? word;
    // `뽑는다고`, `챙긴다는`: a verb told names nothing; `체결한다며` names 체결.
    const told = vocabulary.has(word) ? null : quotedVerbNoun(word);
    // `잡고 있어요`, `하게 되면`, `찾아가야 하오`: a verb before its helper names nothing.
    if (told === '' || (isGoingOn(word, raws[i + 1]) && !vocabulary.has(word.toLowerCase()))) continue;
    word = stemOf(told ?? word, vocabulary, lexicon);
    // `붙었어`, `끝났는지`: a verb the report does not write (ㅆ closes only a verb's syllable) names nothing.
    if (isSurelyVerb(word) && !vocabulary.has(word.toLowerCase())) continue;
    // `모집기간`, `캠퍼스타운예산`: the kind of answer glued to what it is about.
    const glued = lexicon.gluedStopWord(word);
    if (glued && !vocabulary.has(word.toLowerCase())) word = word.slice(0, -glued.length);
    // `이 회의`, `그 행사`: a one-syllable pointing word names nothing.
    if (words.length > 0 && lexicon.linkWords.has(words.at(-1)!)) linksAnswer ||= lexicon.answerWords.has(word);
    if (!stop.has(word) && !isQuestion(word) && !(word.length === 1 && lexicon.softWords.has(word))) words.push(word);
  }
  // `참여자 대상 정규직 취업연계`: a word linking two others names nothing.
  return words.filter((word, i) => (i === words.length - 1 && !linksAnswer) || !lexicon.linkWords.has(word)).join(' ');
}

/** `주소좀`, `총액좀`: a one-syllable request word (`좀`) glued after a word the report does not use, cut off. */
function withoutGluedRequest(word: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
  if (vocabulary.has(word.toLowerCase())) return word;
  const head = lexicon.source.requestWords.filter((w) => w.length === 1 && word.endsWith(w)).map(() => word.slice(0, -1))[0];
  return head && head.length >= 2 ? head : word;
}

/**
 * A word without its sentence ending and particles, one at a time until what remains is a word
 * the report uses or a stop word (`개관이야` → `개관`, `단지` stays `단지`).
 *
 * @example
 * stemOf('캠퍼스타운의', vocabulary, lexicon); // '캠퍼스타운'
 */
export function stemOf(word: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
  // `입주한` is 입주, though the report writes `입주한` once too: a verb form of a noun it uses.
  const noun = withoutVerbTail(word);
  if (noun !== word && vocabulary.has(noun.toLowerCase())) return noun;
  const known = (head: string) => vocabulary.has(head) || lexicon.softWords.has(head) || lexicon.topicStopWords.has(head);
  // `정원과 현원`: a word of asking joined to the next by 과/와.
  const asking = (head: string) => lexicon.topicStopWords.has(head) || lexicon.softWords.has(head);
  for (let changed = true; changed && !vocabulary.has(word.toLowerCase()) && !lexicon.topicStopWords.has(word) && !lexicon.softWords.has(word); ) {
    changed = false;
    const ending = SENTENCE_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 2);
    if (ending) {
      word = word.slice(0, -ending.length);
      changed = true;
      continue;
    }
    // A word the report uses, once its particle is off, is never cut further (`한도가` is 한도, not 한 with 도).
    const bare = stripParticle(word);
    const stem = vocabulary.has(bare.toLowerCase()) ? bare : withoutJoint(withoutKindSuffix(withoutSide(withoutPoliteBun(withoutPer(withoutVerbTail(stripShortParticle(bare, known)), known), known), known), known), asking);
    if (stem !== word) {
      word = stem;
      changed = true;
    }
  }
  return word;
}
