/** Counters after 몇 and the nouns they count. */
import { withoutVerbTail } from './endings';
import { stripParticle } from './particles';

/** Counters after 몇 (`몇 명`, `몇 개소`), longest first so `개소` wins over `개`. */
export const COUNTERS = ['퍼센트', '시간', '단계', '분기', '개사', '개소', '개월', '개실', '군데', '프로', '사람', '명', '실', '분', '개', '곳', '건', '층', '회', '팀', '월', '일', '위', '차', '배', '번', '년', '%'];

/**
 * The counters a count asked with one of them may be written with: places and companies are
 * counted alike in speech (`참여 기업 몇 군데` → `68개사`). Each is a pattern (`statesCount`).
 */
export const ALIKE_COUNTERS: Readonly<Record<string, readonly string[]>> = {
  // `기관 몇 곳이나 참여해요` → `50여개 기관 참여`: places and bodies are written in plain 개 before their noun too.
  군데: ['곳', '개소', '개사', '개(?=\\s*(?:기관|업체|기업|회사|단체))'],
  곳: ['군데', '개소', '개사', '개(?=\\s*(?:기관|업체|기업|회사|단체))'],
  // `몇 번에 나눠서` is counted in 회 (`총 4회 진행`), and the other way round.
  번: ['회'],
  회: ['번'],
  // `몇 실`: rooms are written 개실 too (`58개실`).
  실: ['개실'],
  // `직원분 몇 분 계세요`: people counted politely are counted in 명, and so are 몇 사람.
  분: ['명'],
  사람: ['명'],
  // `스타트업(1,300여개)`: companies are written in plain 개 too, with no noun after it (`6개 분야` counts 분야).
  개사: ['개(?!\\s*[가-힣])'],
};

/** Counters of places and things (`몇 곳`, `몇 개`), as opposed to people or sums (`몇 명`). */
export const PLACE_COUNTERS: readonly string[] = ['곳', '군데', '개소', '개'];

/** The nouns a counter counts: `N개사` is N 기업, so `입주기업 몇 개사` is answered by `12,754개사 … 입주`. */
const COUNTED_NOUNS: Readonly<Record<string, readonly string[]>> = {
  개사: ['기업', '업체', '회사'],
  개: ['기업수', '업체수', '기업', '업체', '회사'],
  // Companies are counted like places in speech (`입주 기업 몇 군데`): see ALIKE_COUNTERS.
  명: ['사람', '사람들', '인원'],
  군데: ['기업', '업체', '회사'],
  곳: ['기업', '업체', '회사'],
};

/**
 * A question word without the noun its counter already says (`입주기업` asked with `몇 개사` →
 * `입주`), when at least two syllables remain; nothing for the noun alone (`기업수 몇 개`); else the
 * word as it is.
 *
 * @example
 * withoutCountedNoun('입주기업', '개사'); // '입주'
 * withoutCountedNoun('입주기업', '명');   // '입주기업'
 * withoutCountedNoun('기업수', '개');     // ''
 */
export function withoutCountedNoun(word: string, counter: string | null): string {
  const nouns = counter ? (COUNTED_NOUNS[counter] ?? []) : [];
  // `기업 몇 개사`, `기업수 몇 개`: the counter says all of it.
  if (nouns.includes(word)) return '';
  const noun = nouns.find((n) => word.endsWith(n) && word.length - n.length >= 2);
  return noun ? word.slice(0, -noun.length) : word;
}

/** The counter of a count asked for with 몇 (`몇 명` → `명`), or null (`몇 프로` asks for a percentage). */
export function askedCounter(text: string): string | null {
  // `몇 만명`, `몇천 개`: tens of thousands of people are still counted in 명.
  const m = text.match(/몇\s*(?:[만천]\s*(?=[명개곳건]))?(\S+)/);
  if (!m) return null;
  const counter = COUNTERS.find((c) => m[1]!.startsWith(c)) ?? null;
  return counter && !PERCENT_COUNTERS.includes(counter) ? counter : null;
}

/** `몇 명`, `몇개소`, `몇 만명`: 몇 with any counter, as phrases. */
export const HOW_MANY_PHRASES = [...COUNTERS.map((c) => `몇 ${c}`), ...['명', '개', '곳', '건'].flatMap((c) => [`몇 만 ${c}`, `몇 천 ${c}`])];

/** Suffixes of place names in addresses: 구, 동, 로, 길. */
export function placeStem(word: string): string | null {
  return /[구동로길]$/.test(word) && word.length > 2 ? word.slice(0, -1) : null;
}

/** `입주기업 수`, `참여자 수는`: 수 (number of) as a word of its own, not `나갈 수 있어` (can). */
export function asksNumberOf(text: string): boolean {
  return /(?:^|\s)수(?:는|가|를|도|만)?(?=\s|$|\?)(?!\s*(?:있|없))/.test(text);
}

/**
 * Whether a word is 몇 and a counter written together (`몇명`, `몇개사`): a count asked.
 *
 * @example
 * asksCount('몇명'); // true
 * asksCount('몇몇'); // false
 */
export function asksCount(word: string): boolean {
  return word[0] === '몇' && COUNTERS.includes(word.slice(1));
}

/**
 * Whether the word before 몇 names companies (`입주기업 몇 개`, `회사 몇 개나`): counted in 개사,
 * never a count of places.
 *
 * @example
 * asksCompanies('G밸리 입주기업 몇 개'); // true
 * asksCompanies('취업사관학교 몇 군데'); // false
 */
export function asksCompanies(question: string): boolean {
  const before = /(\S+)\s*몇/.exec(question)?.[1];
  return before !== undefined && COUNTED_NOUNS['개사']!.some((noun) => stripParticle(before).endsWith(noun));
}

const COMPANY_COUNT = new RegExp(`(?:${COUNTED_NOUNS['개사']!.join('|')})\\s*수(?![가-힣])`);

/**
 * The counter a number asked without 몇 is stated in: companies (`입주 기업 수`, `업체수`) are
 * counted in 개사, people asked as 인원 or 정원 in 명; null otherwise.
 *
 * @example
 * impliedCounter('G밸리 입주 기업 수'); // '개사'
 * impliedCounter('캠퍼스타운형 취업사관학교 인원'); // '명'
 * impliedCounter('참여자 수');          // null
 */
export function impliedCounter(text: string): string | null {
  return COMPANY_COUNT.test(text) ? '개사' : PEOPLE_COUNT.test(text) ? '명' : null;
}

/** `… 인원`, `… 정원은`: a number of people asked, counted in 명. */
const PEOPLE_COUNT = /(?:인원|정원)(?:수)?(?:[은는이가을]|$|\s|[?？])/;

/**
 * The four-digit years a text writes with 년 (`2022년 9월 30일` → 2022).
 *
 * @example
 * writtenYears('2022년 9월 ~ 2025년 11월'); // [2022, 2025]
 */
export function writtenYears(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(20\d\d)년/g)].map((m) => Number(m[1]));
}

/**
 * The event a counted noun went through, said right before it (`선정된 과제 몇 건` → `선정`,
 * `수료한 사람 몇 명` → `수료`): a count of something else (`발굴(27건)`) does not answer it.
 *
 * @example
 * countedEvent('테스트베드 최종 선정된 과제 몇 건이야'); // '선정'
 * countedEvent('직무캠프 참여 청년 몇 명');            // null
 */
export function countedEvent(text: string): string | null {
  const words = text.split(/\s+/);
  const at = words.findIndex((word, i) => i >= 2 && word.startsWith('몇'));
  const participle = at < 0 ? '' : words[at - 2]!;
  if (!/(?:된|한|받은)$/.test(participle)) return null;
  const noun = withoutVerbTail(participle);
  return noun !== participle && noun.length >= 2 ? noun : null;
}

/** Counters of things (people, places, companies, floors, cases), not of time, order or shares. */
const THING_COUNTERS: ReadonlySet<string> = new Set(['명', '사람', '개', '개소', '개사', '개실', '곳', '군데', '건', '층', '팀', '실']);

/**
 * Whether a counter asked counts things (`몇 층`, `몇 명`, `몇 곳`): an answer must then state such a
 * count, never only a place or an area. A counter of time (`몇 월`) or order (`몇 위`) does not.
 *
 * @example
 * countsThings('층'); // true
 * countsThings('월'); // false
 */
export function countsThings(counter: string | null): boolean {
  return counter !== null && THING_COUNTERS.has(counter);
}

/**
 * Whether a question asks for a percentage with 몇 (`몇 %`, `몇 퍼센트`, `몇 프로`): never a word that
 * only holds the sound (`총사업비중` is 총사업비 중).
 *
 * @example
 * asksPercent('미디어콘텐츠산업과 집행률 몇 %?'); // true
 * asksPercent('시네마테크 총사업비중 국비 얼마');   // false
 * asksPercent('몇 프로그램 운영해?');               // false
 */
export function asksPercent(text: string): boolean {
  // Any 몇 of the question (`몇 명 중 몇 %`); `몇 프로그램` is no percentage.
  return /몇\s*(?:퍼센트|프로(?![가-힣])|%)/.test(text);
}

/** The counters of a percentage after 몇 (`askedCounter` leaves them out: a percentage is no count). */
const PERCENT_COUNTERS = ['퍼센트', '프로', '%'];
