/** Sentence and verb endings: what is cut off a word to reach the noun a question is about. */
import { hasFinalSs } from './hangul';

/**
 * Sentence endings glued to the last word (`개관이야`, `얼마였죠`, `오픈했더라`), the dialects' (`하는교`,
 * `된당가`, `얼마라예`) and the old formal style's (`놓았소`, `준답디까`; never `이오`, which ends 바이오), longest first.
 */
export const SENTENCE_ENDINGS = ['는당가', '이라예', '는교', '능교', '당가', '랑가', '라예', '답디까', '합디까', '았소', '었소', '였소', '겠소', '있소', '없소', '디까', '있습니다', '합니다', '됩니다', '입니다', '습니다', '주세요', '이어야', '여야', '해야', '더라고요', '더라구', '더라고', '던가요', '더라', '던가', '습니까', '됐습니까', '됩니까', '인가요', '이에요', '입니까', '였나요', '였어요', '였죠', '였지', '였어', '이었어', '했어', '하나요', '이야', '인가', '인지', '나요', '까요', '예요', '에요', '이죠', '이지', '죠', '야', '요', '노', '음', '임', '함'];

/**
 * Endings that give a reason, background or purpose (`감이 안 와서요`, `급하거든요`, `넣으려고요`): a sentence
 * ending so explains why someone asks; it does not narrow what is asked.
 */
export const EXPLAINING_ENDINGS = ['때문이에요', '때문에요', '때문에', '봐서', '해서', '와서', '서요', '라서', '어서', '아서', '니까요', '니까', '거든요', '거든', '려고요', '려구요', '려고', '려구'];

/**
 * Endings that close a clause of background before the question (`보고자료 만드는 중인데,`,
 * `회의 자료에 넣으려는데`, `브리핑용으로`), and words that are such a clause's joint on their own
 * (`그런데`, `근데`).
 */
export const BACKGROUND_ENDINGS = ['려는데', '는데요', '인데요', '은데요', '건데요', '는데', '은데', '인데', '건데', '용으로', '용이라'];
export const BACKGROUND_JOINTS = ['그런데', '근데', '그래서', '그러는데', '그러는데요', '그런데요', '때문에'];

/**
 * Whether a word closes a clause of background (`하는데요`, `넣으려는데`, `브리핑용으로`, a joint).
 * A bare -ㄴ데 (`많은데`, also `많은 데`: the one with most) and 건데(요) do only before a comma.
 */
export function closesBackground(word: string, beforeComma: boolean): boolean {
  if (BACKGROUND_JOINTS.includes(word)) return true;
  // `넣을 건데요,`: 건데(요) written apart closes a clause before a comma.
  if (beforeComma && ['건데', '건데요'].includes(word)) return true;
  const ending = endingOf(word, BACKGROUND_ENDINGS);
  if (!ending) return false;
  // `넣을 건데요,` before a comma; `뭐 하는 건데요?` asks.
  return beforeComma || !['는데', '은데', '인데', '건데', '건데요'].includes(ending) || word.endsWith('려는데');
}

/** Endings of the asker's purpose (`연결해드릴려구요`, `넣으려고요`): why they ask, after the question. */
export const PURPOSE_ENDINGS = ['려고요', '려구요', '려고', '려구'];

/** Endings of what someone heard or was told (`체결한다고`, `있다던데`): what they ask about, never background. */
export const HEARSAY_ENDINGS = ['다고', '라고', '다던데', '라던데', '던데'];

/** A clause naming what the question is about (`뉴딜일자리 취업률 말인데요,`, `캠퍼스타운 관련해서 말인데`): never background. */
export const TOPIC_ENDINGS = ['말인데요', '말인데', '말씀인데요', '말씀인데'];

/** Whole words of the old formal style (하오체: `것이오`, `되오`, `뽑소`, `합디까`): only a verb or copula form. */
const OLD_FORMAL_FORMS = ['것이오', '말이오', '되오', '하오', '주오', '쓰오', '있소', '없소', '뽑소', '넓소', '많소', '좋소', '하였소', '되었소', '합디까', '됩디까', '답디까', '준답디까', '한답디까', '하는지요', '되는지요', '주는지요'];

/** Whole words that are only a verb or copula form (`있어`, `돼`, `이야`): never what a question is about. */
export const VERB_FORMS = ['거예요', '거에요', '건가요', '건데요', '거죠', '있어', '있나', '있나요', '있음', '있는지', '돼', '되나', '되나요', '됐어', '해', '해요', '했어', '하나요', '인가요', '입니까', '이야', '하는', ...OLD_FORMAL_FORMS];

/**
 * What makes a noun a verb or an adverb (`정확하게`, `협약하는`, honorific `지원하실`, `마련하셨`, `운영해`, `선정된`, `지원받은`, `운영중인`, `참여하고있어요`), longest first:
 * the noun is what the question is about.
 */
export const VERB_TAILS = ['하시는', '하셨', '하실', '하신', '하십', '하시', '되셨', '되신', '되시', '해줌', '하게', '하는지', '되는지', '하고있어요', '하고있나요', '되고있어요', '되고있나요', '하고있어', '하고있는', '되고있는', '하고있', '되고있', '되거나', '하거나', '시키는', '시킨', '하는거', '되는거', '된거', '해주는', '해주', '하는데', '한다던데', '한대요', '받아서', '하여서', '하여', '하고자', '하면', '하는', '하고', '되고', '했던', '했어', '해서', '한대', '되는', '됐던', '받은', '받는', '받아', '중인', '하', '해', '했', '한', '할', '되', '돼', '된', '될', '됐', '받', '중'];

/** A noun with a verb tail, as the noun (`협약하는` → `협약`), when at least two syllables remain. */
export function withoutVerbTail(word: string): string {
  const tail = VERB_TAILS.find((t) => word.endsWith(t) && word.length - t.length >= 2);
  return tail ? word.slice(0, -tail.length) : word;
}

/**
 * A person named politely (`직원분`, `담당자분`, `상담사분`) as the known word for the person; any
 * other word as it is (`부담분`, `증액분` are shares, not people).
 *
 * @example
 * withoutPoliteBun('직원분', (w) => w === '직원'); // '직원'
 */
export function withoutPoliteBun(word: string, known: (head: string) => boolean): string {
  const person = word.match(/^(.+[원자사생])분$/);
  return person && known(person[1]!) ? person[1]! : word;
}

/**
 * A place with the side of it glued on (`청량리쪽`, `동대문쪽`) as the place, when two syllables or
 * more are left (`양쪽`, `안쪽` stay), or a known word stands before 측 (`서울시측`).
 *
 * @example
 * withoutSide('청량리쪽', () => false); // '청량리'
 */
export function withoutSide(word: string, known: (head: string) => boolean): string {
  const side = word.match(/^([가-힣]{2,})([쪽측])$/);
  if (!side || ['오른', '아래', '바깥'].includes(side[1]!)) return word;
  return side[2] === '쪽' || known(side[1]!) ? side[1]! : word;
}

/**
 * A known noun with a suffix of kind or use glued on (`종사자용` for workers, `연계형` of the linked
 * kind, `조례상` by the ordinance) as that noun, when it is a word of its own; `운영형` or `활용` of
 * a word nobody knows stay as they are.
 *
 * @example
 * withoutKindSuffix('종사자용', (w) => w === '종사자'); // '종사자'
 */
export function withoutKindSuffix(word: string, known: (head: string) => boolean): string {
  const kind = word.match(/^([가-힣]{2,})[용형상]$/);
  return kind && known(kind[1]!) ? kind[1]! : word;
}

/**
 * A count or known noun with 당 (per) after it, as that: `과제당` → `과제`, `1인당` → `1인`, `과제하나당` → `과제`;
 * `청년수당` stays (청년수 is no word).
 */
export function withoutPer(word: string, known: (head: string) => boolean): string {
  // `과제하나당`, `기업한곳당`: per one of them; `한곳당` alone says only "per one".
  if (/^(?:하나|한곳|한개|1개)당$/.test(word)) return '';
  const one = word.match(/^(.{2,}?)(?:하나|한곳|한개|1개)당$/);
  if (one && known(one[1]!)) return one[1]!;
  if (!word.endsWith('당') || word.length < 2) return word;
  const head = word.slice(0, -1);
  return /^\d*[인명개곳건]$/.test(head) || known(head) ? head : word;
}

/** A word asking for a breakdown by something (`대학별`, `분야별로`): two syllables or more, then 별. */
export function isBreakdownWord(word: string): boolean {
  return /^[가-힣]{2,}별(?:로|로는)?$/.test(word);
}

/** The first of `endings` a word ends in with something before it (`하는데요` → `는데요`), or undefined. */
export function endingOf(word: string, endings: readonly string[]): string | undefined {
  return endings.find((e) => word.endsWith(e) && word.length > e.length);
}

/**
 * Whether a word ends a statement in the formal style (`필요합니다`, `정리 중입니다`): said, not asked
 * (the question form ends in 니까).
 *
 * @example
 * endsStatement('필요합니다.'); // true
 * endsStatement('있습니까?');   // false
 */
export function endsStatement(word: string): boolean {
  return /니다[.。!]*$/.test(word);
}

/**
 * Whether a word tells what happened, in the past (`문의했어요`, `받았다`, `들었음`): a story, not a
 * question (`있어요` is not past).
 *
 * @example
 * tellsPast('문의했어요.'); // true
 * tellsPast('있어요');      // false
 */
export function tellsPast(word: string): boolean {
  const past = word.replace(/[.。!]+$/, '').match(/(.)(?:어요|어|다|음)$/);
  // 있 (there is) ends in ㅆ too, but it is the verb itself, in the present (`있어요`).
  return past !== null && past[1] !== '있' && hasFinalSs(past[1]!);
}

/**
 * A request that closes a sentence though no mark follows (`서울큐브 위치 알려주세요 현장 가봐야
 * 해서요`): what comes after is a sentence of its own.
 */
export const REQUEST_END = /(?:주세요|줘요|줘|바랍니다|드립니다)(?=\s+\S)/g;

/**
 * Where a letter turns from who writes to what they ask (`…생겼는데요, 다름이 아니오라 이 대회의 예산이 …`),
 * or a speaker corrects themselves (`총사업비가… 아 정정할게요, 올해 예산분만요`, `매출 규모, 아니 예산이`): what comes before is
 * background, however it ends.
 */
export const PREAMBLE_TURN = /(?<=^|\s|…)(?:다름(?:이)?\s*아니(?:오|옵)?라(?:고|서)?|(?:아\s*)?정정할게요|(?:아\s*)?정정합니다|아\s*아니(?:\s*그거\s*말고)?|아니\s*그거\s*말고|(?<=[,，]\s*)아니)[,，.]?(?=\s)/g;

/**
 * Whether the word at `i` names where the asker lives (`저는 마포구에 사는 주민인데요`, `장교동 근처에
 * 사는`): their home, never what the question is about.
 *
 * @example
 * isResidence(['마포구에', '사는', '주민인데요'], 0); // true
 * isResidence(['마포', '캠퍼스', '주소'], 0);          // false
 */
export function isResidence(words: readonly string[], i: number): boolean {
  const lives = (word: string | undefined) => word !== undefined && /^(?:사는|살고|살아|사시는|거주하는|거주)/.test(word);
  const near = (word: string | undefined) => word !== undefined && /^(?:근처|인근|쪽|부근)(?:에|에서)$/.test(word);
  const place = (j: number): boolean => (/(?:에|에서)$/.test(words[j]!) && lives(words[j + 1])) || (near(words[j + 1]) && lives(words[j + 2]));
  // `서초구 양재동에 사는`: the district before the neighbourhood too.
  return place(i) || (/[구동시군읍면리]$/.test(words[i]!) && i + 1 < words.length && place(i + 1));
}


/**
 * A district's name without its 구 (`강서구` → `강서`, `금천구` → `금천`): what the report calls a
 * campus or office in it. Null for any other word (`지구`, `연구` have one syllable before 구).
 *
 * @example
 * districtStem('강서구'); // '강서'
 * districtStem('연구');   // null
 */
export function districtStem(word: string): string | null {
  return /^([가-힣]{2,})구$/.exec(word)?.[1] ?? null;
}
