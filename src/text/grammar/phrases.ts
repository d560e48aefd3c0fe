import { hasFinalConsonant } from './hangul';

/**
 * A question's month, day or quarter (`11월에`, `9월 30일`, `4분기`) removed: a date is a condition
 * on the answer, not a name. Years stay (`2019년 예산` must not be read as this year's).
 *
 * @example
 * withoutDayOrMonth('22년 11월에 개관하는 곳'); // '22년  개관하는 곳'
 */
export function withoutDayOrMonth(text: string): string {
  return text
    .replace(/(?<![\d.])\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?(?:에는|에|부터|까지|말|초)?|(?<![\d.])\d{1,2}\s*일(?:에는|에|부터|까지)?(?=\s|$)|(?<!\d)[1-4]\s*분기(?:에는|에)?/g, ' ')
    // `8.29 기준`, `8.29.`: a month and day written with a dot (never a decimal: `3.2조`, `45.8%`).
    .replace(/(?<![\d.])(?:1[0-2]|0?[1-9])\.\s?(?:[12]\d|3[01]|0?[1-9])\.?(?=\s|$|기준|현재|일)/g, ' ');
}

/**
 * A question naming two things joined by 랑/이랑/하고/와/및 (`서울큐브랑 시네마테크 예산`), as two
 * questions sharing what follows the second name (`서울큐브 예산`, `시네마테크 예산`), or compared
 * with 보다 (`서울큐브 예산이 시네마테크보다 커`); null when nothing is joined. 과 joins only a word
 * `isWord` does not know as written (department names end in it: `경제정책과`; by default never).
 * `secondWords`: how many words the second name is (the first question does not share them;
 * default one).
 */
export function splitJoined(text: string, secondWords = 1, isWord: (word: string) => boolean = () => true): [string, string] | null {
  const words = spacedWords(text);
  const joint = findJoint(words, isWord);
  if (!joint) return null;
  const { i, joined } = joint;
  const word = words[i]!;
  if (joined === '보다') {
    const [first, rest] = [words.slice(0, i), words.slice(i + 1)];
    return [[...first, ...rest].join(' '), [word.slice(0, -2), ...first.slice(1), ...rest].join(' ')];
  }
  const first = [...words.slice(0, i), ...(joined ? [word.slice(0, -joined.length)] : [])];
  const rest = words.slice(i + 1);
  if (first.length === 0 || rest.length === 0 || (secondWords > 1 && secondWords >= rest.length)) return null;
  return [[...first, ...rest.slice(secondWords)].join(' '), rest.join(' ')];
}

/**
 * The words of a question up to the first of two things joined, without its joint (`매출채권 보험료
 * 예산 총액과 기업당 지원 한도` → `매출채권 보험료 예산 총액`); null when nothing is joined or 보다 compares.
 *
 * @example
 * beforeJoint('보험료 예산 총액과 기업당 지원 한도', (w) => false); // '보험료 예산 총액'
 */
export function beforeJoint(text: string, isWord: (word: string) => boolean = () => true): string | null {
  const words = spacedWords(text);
  const joint = findJoint(words, isWord);
  if (!joint || joint.joined === '보다') return null;
  const first = [...words.slice(0, joint.i), ...(joint.joined ? [words[joint.i]!.slice(0, -joint.joined.length)] : [])];
  return first.length ? first.join(' ') : null;
}

/**
 * The two words a joint stands between (`조성비랑 운영비` → `조성비`, `운영비`), for telling whether an
 * answer covers both; null when nothing is joined or 보다 compares.
 *
 * @example
 * joinedNames('뷰티복합문화공간 조성비랑 운영비 얼마'); // ['조성비', '운영비']
 */
export function joinedNames(text: string, isWord: (word: string) => boolean = () => true): [string, string] | null {
  const words = spacedWords(text);
  const joint = findJoint(words, isWord);
  if (!joint || joint.joined === '보다') return null;
  const word = words[joint.i]!;
  const bare = joint.joined ? word.slice(0, -joint.joined.length) : words[joint.i - 1];
  // `사업 수랑 참여자 수`: what is counted is the name (`사업`).
  const first = bare && COUNT_NOUNS.includes(bare) ? words[joint.i - 1] : bare;
  const second = words[joint.i + 1];
  return first && second ? [first, second] : null;
}

/**
 * Where two names are joined: the joining word's index and its joint (`랑`, `및` as '', or `보다`).
 * 과 joins only a word `isWord` does not know as written (`총액과 한도`; never `경제정책과`, `추진성과`).
 */
/** A text's words, split at white space outside brackets (`운영비(임차료 포함)` is one word). */
function spacedWords(text: string): string[] {
  return text.trim().match(/(?:\([^()]{0,40}\)|[^\s(])+|\(/g) ?? [];
}

/** One-syllable nouns of a count that 와/랑 joins to what follows (`기업 수와 종사자 규모`). */
const COUNT_NOUNS = ['수'];

function findJoint(words: readonly string[], isWord: (word: string) => boolean): { i: number; joined: string } | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    // `서울큐브 총사업비가 시네마테크보다 얼마나 커`: the thing compared with comes second, and shares
    // what the first names after its name (`총사업비`).
    if (i > 0 && word.endsWith('보다') && word.length >= 4) return { i, joined: '보다' };
    // `및` and `vs` stand between two names on their own.
    const joined = word === '및' || /^vs\.?$/i.test(word) ? '' : (['이랑', '하고', '랑', '와', '과'].find((j) => word.endsWith(j) && (word.length - j.length >= 2 || COUNT_NOUNS.includes(word.slice(0, -j.length)))) ?? null);
    if (joined === null || (joined === '와' && hasFinalConsonant(word.at(-2)!)) || (joined === '이랑' && !hasFinalConsonant(word.at(-3)!))) continue;
    // `어느 부서랑 협의해야`: with which one, not two things joined.
    if (i > 0 && /^(?:어느|어떤|무슨)$/.test(words[i - 1]!)) continue;
    if (joined === '과' && (!hasFinalConsonant(word.at(-2)!) || isWord(word))) continue;
    return { i, joined };
  }
  return null;
}

/**
 * `vs` written onto the names it sets against each other (`중부기술교육원vs북부기술교육원`) spaced
 * out, so each name is a word of its own.
 *
 * @example
 * spacedVersus('창작뜰vs배움뜰 면적'); // '창작뜰 vs 배움뜰 면적'
 * spacedVersus('Canvas 위치');         // 'Canvas 위치'
 */
export function spacedVersus(text: string): string {
  return text.replace(/(?<=[가-힣\d)])\s*(vs\.?)\s*(?=[가-힣])/gi, ' $1 ');
}

/**
 * Ages written in a question (`40대는 못 들어가?`, `만 35세도 돼?`) removed: what the asker checks
 * against the report's age limit (`20 ~ 30대`), never a word the answer must hold.
 *
 * @example
 * withoutAges('청년취업사관학교 40대는 못 들어가?'); // '청년취업사관학교   못 들어가?'
 */
export function withoutAges(text: string): string {
  return text.replace(/(?<![\d.,~])(?:만\s*)?(?:[1-9]0\s*대|\d{1,3}\s*(?:세|살))[가-힣]{0,2}(?=[\s?？!,.]|$)/g, ' ');
}

/**
 * Sums written in a question (`30억`, `40억 정도`, `1,500만원`) removed: what the asker believes or
 * compares with, never a name the answer must hold (the answer states the report's own figure).
 *
 * @example
 * withoutAmounts('추계 서울패션위크 예산 30억 맞죠'); // '추계 서울패션위크 예산   맞죠'
 */
export function withoutAmounts(text: string): string {
  return text.replace(/(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*(?:조|억|천만|백만|만)\s*(?:원|원대)?|(?<![\d.,])\d[\d,]*\s*원(?![가-힣])/g, ' ');
}

/**
 * Two questions in one, a comma between them, each with a word `isQuestionWord` takes for asking
 * (`직무캠프 참여 청년 몇 명, 참여기업 몇 곳`): the two, as asked; null otherwise.
 *
 * @example
 * splitAsked('직무캠프 참여 청년 몇 명, 참여기업 몇 곳', (w) => w.startsWith('몇')); // ['직무캠프 참여 청년 몇 명', '참여기업 몇 곳']
 */
export function splitAsked(text: string, isQuestionWord: (word: string) => boolean): [string, string] | null {
  const at = text.indexOf(',');
  if (at < 0 || text.indexOf(',', at + 1) >= 0) return null;
  const [first, second] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  const asks = (part: string) => part.split(/\s+/).some(isQuestionWord);
  return first && second && asks(first) && asks(second) ? [first, second] : null;
}



/**
 * Two things joined by a middle dot (`본예산·이월액`, `착공·준공`) as two joined by 랑 (`본예산랑
 * 이월액`), unless `isName` says the pair is a name as written (`바이오·의료`); a chain of three
 * (`중소·벤처·창업기업`) stays.
 *
 * @example
 * withDotAsJoint('시네마테크 본예산·이월액', () => false); // '시네마테크 본예산랑 이월액'
 */
export function withDotAsJoint(text: string, isName: (pair: string) => boolean): string {
  return text.replace(/(?<![가-힣·ㆍ])([가-힣]{2,})[·ㆍ]([가-힣]{2,})(?![가-힣]*[·ㆍ])/g, (pair, first: string, second: string) => (isName(pair) ? pair : `${first}랑 ${second}`));
}
