/** Whether a word is a verb form (never a name) or a rate. */
import { hasFinalConsonant, hasFinalN, hasFinalNg, hasFinalSs, isHangul, vowelOf } from './hangul';

/** Verb forms and endings (`열렸어`, `조성됐어`, `짓는`, `짓는다는`, `나와`, `유치했다(는)`): never names. */
const PREDICATE = /(?:[었았였했됐렸겠]다?|니다|[는린]다고|는다(?:는|던)?|[한된]다(?:는|던)|[있없]다고|[해돼봐와워겨져려혀쳐어아야지요죠까나니냐는던을를된한할될음임함됨]|는지|나요|니까|에요|예요|이에요|인가|인지|[한된는있했었]대|[해어아여]진|던데|는데|[맡받찾]은|으면|려면|고자|거나|[다라]고|[다라냐]구|려구|려고|냐고|냐는|냐며|[어아네세해데지]여|[은인]데|[하되있없았었였렸짓넓오왔나뽑잡]노|[머뭐]꼬|[는능]교|[는]?당가|랑가|혔어|혔나|혔다|[을할볼갈줄될쓸]\s?수|는\s?(?:거|건|게|걸)|[돼어혀와려져]\s?있)$/;

/** Endings that close a sentence (`왔어`, `해요`): a verb only as the last word; inside a question the word is a noun (`해외바이어 왔어`). */
const SENTENCE_FINAL = /(?:[었았였했됐렸겠]?[해돼봐와워겨져려혀쳐어아야지요죠까나니냐]|나요|니까|에요|예요|이에요|인가|인지)$/;

/**
 * Verb forms, and verbs made nouns the way chat does (`열림`, `있음`, `됨`). A word before the last
 * is a verb only by an ending that links (`뽑으면`, `잡힌`, `하는`), never by one that ends a
 * sentence: `바이어`, `캠퍼스타운 사업비야` then name things.
 */
export function isPredicate(word: string, last = true): boolean {
  // `게임`, `모임`, `처음`, `포함`: two syllables, the first open, are a noun; a verb made noun has a closed stem (`있음`, `열림`).
  if (word.length === 2 && /[음임함림짐]$/.test(word) && isHangul(word[0]!) && !hasFinalConsonant(word[0]!)) return false;
  // `짓는지 알려주세요`: 는지 asks whether or where, before a request too; `열리거나 개관하는`: 거나 links two verbs.
  if (!last && SENTENCE_FINAL.test(word) && !/.(?:는지|거나)$/.test(word)) return word.length <= 2;
  // `해서`, `와서`, `있어서` link verbs (and `관에서` has its particle); `증명서`, `신청서` are nouns.
  // `끝났`, `나갔`: a syllable ending in ㅆ is a past verb.
  return PREDICATE.test(word) || /(?:[해돼봐와워꿔줘둬춰눠뤄숴가나어아여려져혀쳐켜에셔]|있어|없어)서$/.test(word) || /[음임함됨림짐]$/.test(word) || (word.length >= 2 && hasFinalSs(word.at(-1)!)) || isPoliteOrIf(word);
}

/**
 * A word that can only be a verb: past (`들었는지`, `끝났`), honorific (`아세`), "if" (`들면`) or
 * asking whether (`여는지`), never a noun that happens to end like one (`산업용지`, `챌린지`). A
 * typo is never read into such a word.
 */
export function isSurelyVerb(word: string): boolean {
  // ㅆ closes a syllable only in verb forms (`들었는지`, `있는`), never in a noun.
  // `여는지`, `짓는데`, `여냐고`: asking whether, giving background or quoting, only a verb does.
  return (word.length >= 2 && [...word].some(hasFinalSs)) || isPoliteOrIf(word) || /.(?:는지|는데|냐고|냐구)$/.test(word);
}

/**
 * An honorific verb (`아세요`, `계세요`, `좋아하시는`, `물어보셔서`) or one that says "if" (`들면`,
 * `뽑히면`, `나오면`, `신청하려면`), or a stem ending in 되 (`잘되나요`): a stem the particle stripper leaves (`아세`, `좋아하시`) included.
 */
function isPoliteOrIf(word: string): boolean {
  // `끝난데`, `마친데`: a finished verb and 데 (the place where), never a noun.
  if (word.length >= 2 && word.endsWith('데') && hasFinalN(word.at(-2)!)) return true;
  return word.length >= 2 && (/(?:[아계게하보오주드가]세|[하보계오주드]시|시네|[하되들히오가시보주]면|.려면|셔|.되)$/.test(word) || /(?:시는|시던|세요|셨어|셨나)$/.test(word));
}

/**
 * A verb before its helper: going on (`잡고 있어요`, `돌리고 있나요`: 고 before 있다 or 계시다, after a
 * verb stem: a closed syllable other than ㅇ, 하 or 되, or a longer word's 리, 치, 우 or 기),
 * coming to be (`하게 되면`: a verb stem's 게 before 되다) or having to (`찾아가야 하오`: 아/어 and 야
 * before 하다 or 되다). Nouns ending alike stay nouns (`창고 있어요?`, `재고 있나요`, `무게 되나요`).
 */
export function isGoingOn(word: string, next: string | undefined): boolean {
  if (next === undefined || word.length < 2) return false;
  const stem = word.at(-2)!;
  const verbStem = (hasFinalConsonant(stem) && !hasFinalNg(stem)) || /[하되]$/.test(stem) || (word.length >= 3 && /[리치우기]$/.test(stem));
  const goingOn = word.endsWith('고') && verbStem && /^(?:있|계시|계셔|계신)/.test(next);
  const becoming = /(?:하|되|지|리|이|우)게$/.test(word) && /^(?:되|돼|됐)/.test(next);
  const having = /(?:[아어여]|[가와워해줘봐서려켜혀져쳐])야$/.test(word) && word.length >= 3 && /^(?:하|해|합|돼|되)/.test(next);
  return goingOn || becoming || having;
}

/** A passive verb before 있다 or 없다 (`편성되어 있습니까`, `배정돼 있나요`): a verb form, whatever follows. */
export function isBeforeBeing(word: string, next: string | undefined): boolean {
  return next !== undefined && /^[있없]/.test(next) && word.length >= 3 && /(?:되어|돼)$/.test(word);
}

/** A rate (`고용률`, `집행율`): must match whole, never by half its syllables. */
export function isRate(word: string): boolean {
  return /[률율]$/.test(word);
}

/**
 * The text without its conditions: a word saying "if/once" (`완공되면`, `선정하면`, `졸업하면`) states
 * when something else is asked, not what.
 *
 * @example
 * withoutConditions('AI지원센터 완공되면 운영은 누가 맡아?'); // 'AI지원센터 운영은 누가 맡아?'
 */
export function withoutConditions(text: string): string {
  return text
    .split(' ')
    .filter((word) => !/[가-힣]{2,}(?:되|하)면$/.test(word))
    .join(' ');
}

/**
 * Whether a word is a verb's stem doing something for someone (`틀어주`, `지원해주`, `알려주`): a
 * verb, never a noun, whatever the report writes.
 *
 * @example
 * isGivingStem('틀어주'); // true
 * isGivingStem('수수료'); // false
 */
export function isGivingStem(word: string): boolean {
  if (/(?:[어아여워와려]|해)주$/.test(word)) return true;
  // `셋째주`, `첫째주`: a week counted, never a verb.
  if (/째주$/.test(word)) return false;
  // `교육시켜주`, `보내주`: a verb's 어 or 아 run into its stem (켜, 내) before 주, after a stem of one syllable or more.
  const before = word.at(-2) ?? '';
  return word.length >= 3 && word.endsWith('주') && !hasFinalConsonant(before) && VERB_VOWELS.has(vowelOf(before));
}

/** The vowels a verb's stem and its 어 or 아 run into (ㅏ, ㅐ, ㅓ, ㅕ, ㅘ, ㅝ), as indices of the 21 vowels. */
const VERB_VOWELS: ReadonlySet<number> = new Set([0, 1, 4, 6, 9, 14]);
