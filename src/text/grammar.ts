/**
 * Korean grammar the matcher needs: particles, sentence and verb endings, counters, place-name
 * suffixes. Only grammar lives here; words (synonyms, question words, what each intent is asked
 * with) are data in `corpus/lexicon.json`.
 */

/** One Hangul syllable. */
export const HANGUL = /[가-힣]/;
/** Runs of Hangul syllables. */
export const HANGUL_RUN = /[가-힣]+/g;
/** Runs of Hangul, lower-case Latin letters or digits: the pieces a text is split into. */
export const WORD_RUNS = /[가-힣]+|[a-z]+|\d+/g;

/** Whether a text holds at least one Hangul syllable. */
export function isHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Whether a text is Hangul syllables only. */
export function isAllHangul(text: string): boolean {
  return /^[가-힣]+$/.test(text);
}

/** The Hangul syllables of a text, everything else dropped. */
export function hangulOnly(text: string): string {
  return text.replace(/[^가-힣]/g, '');
}

/** Whether a syllable ends in a consonant (받침): `산` yes, `사` no. */
export function hasFinalConsonant(syllable: string): boolean {
  const code = syllable.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 !== 0;
}

/**
 * Particles, longest first, with the plural 들 and the joining 랑/하고 (`정원이랑 현원`); 과/와 are
 * kept because department names end in 과 (일자리정책과).
 */
const PARTICLES = ['에서는', '으로는', '에서', '에선', '에도', '으로', '에게', '까지', '부터', '이나', '이랑', '하고', '은', '는', '이', '가', '을', '를', '의', '에', '로', '도', '만', '랑', '들', '때', '엔'];
/**
 * A one-syllable word the report uses with a particle or ending (`시가`, `말까지`, `거야`), as that
 * word; longer words go through `stripParticle`.
 */
export function stripShortParticle(word: string, known: (head: string) => boolean): string {
  const tail = word.slice(1);
  return word.length >= 2 && (PARTICLES.includes(tail) || SENTENCE_ENDINGS.includes(tail)) && known(word[0]!) ? word[0]! : word;
}

/** The last syllables of particles: a word ending in none of them has none. */
const PARTICLE_ENDS = new Set(PARTICLES.map((p) => p[p.length - 1]!));
/** Particles that only follow a syllable with a final consonant (평가 must keep its 가). */
const AFTER_CONSONANT = new Set(['은', '이', '을', '으로', '으로는', '이나', '이랑']);
const AFTER_VOWEL = new Set(['는', '가', '를', '랑']);

/**
 * Removes one trailing particle when what remains is still a word (two syllables or more) and
 * the particle fits the final consonant before it.
 *
 * @example
 * stripParticle('캠퍼스타운의'); // '캠퍼스타운'
 * stripParticle('평가');       // '평가'
 */
export function stripParticle(word: string): string {
  if (word.length < 3 || !PARTICLE_ENDS.has(word[word.length - 1]!)) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 2) continue;
    const final = hasFinalConsonant(word[word.length - particle.length - 1]!);
    if (AFTER_CONSONANT.has(particle) && !final) continue;
    if (AFTER_VOWEL.has(particle) && final) continue;
    return word.slice(0, -particle.length);
  }
  return word;
}

/**
 * The noun a question asks which of (`어느 대학들에서 운영해` → `대학`), its particles and plural
 * taken off; null without 어느/어떤 before a noun of two syllables or more.
 *
 * @example
 * askedWhich('캠퍼스타운형 취업사관학교 어느 대학들에서 운영해?'); // '대학'
 */
export function askedWhich(text: string): string | null {
  const m = /(?:어느|어떤)\s+([가-힣]+)/.exec(text);
  if (!m) return null;
  const noun = stripParticle(stripParticle(m[1]!));
  return noun.length >= 2 ? noun : null;
}

/** Sentence endings glued to the last word (`개관이야`, `얼마였죠`, `오픈했더라`), longest first. */
export const SENTENCE_ENDINGS = ['주세요', '이어야', '여야', '해야', '더라고요', '더라구', '더라고', '던가요', '더라', '던가', '습니까', '됐습니까', '인가요', '이에요', '입니까', '였나요', '였어요', '였죠', '였지', '였어', '이었어', '했어', '하나요', '이야', '인가', '인지', '나요', '까요', '예요', '에요', '이죠', '이지', '죠', '야', '요', '음', '임', '함'];

/**
 * Endings that give a reason, background or purpose (`감이 안 와서요`, `급하거든요`, `넣으려고요`): a sentence
 * ending so explains why someone asks; it does not narrow what is asked.
 */
export const EXPLAINING_ENDINGS = ['봐서', '해서', '와서', '서요', '라서', '어서', '아서', '니까요', '니까', '거든요', '거든', '려고요', '려구요', '려고'];

/** Whole words that are only a verb or copula form (`있어`, `돼`, `이야`): never what a question is about. */
export const VERB_FORMS = ['있어', '있나', '있나요', '있음', '있는지', '돼', '되나', '되나요', '됐어', '해', '해요', '했어', '하나요', '인가요', '입니까', '이야', '하는'];

/**
 * What makes a noun a verb (`협약하는`, `운영해`, `선정된`, `지원받은`, `운영중인`), longest first:
 * the noun is what the question is about.
 */
export const VERB_TAILS = ['하는거', '해주는', '해주', '하는데', '한다던데', '한대요', '받아서', '하면', '하는', '하고', '했던', '했어', '해서', '한대', '되는', '됐던', '받은', '받는', '받아', '중인', '하', '해', '했', '한', '할', '되', '돼', '된', '될', '됐', '받', '중'];

/** A noun with a verb tail, as the noun (`협약하는` → `협약`), when at least two syllables remain. */
export function withoutVerbTail(word: string): string {
  const tail = VERB_TAILS.find((t) => word.endsWith(t) && word.length - t.length >= 2);
  return tail ? word.slice(0, -tail.length) : word;
}

/**
 * A count or known noun with 당 (per) after it, as that: `과제당` → `과제`, `1인당` → `1인`;
 * `청년수당` stays (청년수 is no word).
 */
export function withoutPer(word: string, known: (head: string) => boolean): string {
  if (!word.endsWith('당') || word.length < 2) return word;
  const head = word.slice(0, -1);
  return /^\d*[인명개곳건]$/.test(head) || known(head) ? head : word;
}

/** Whether a word is a known word with a particle, ending, copula or verb tail after it (`시가`, `거야`, `운영해`). */
export function isKnownWithTail(word: string, known: (head: string) => boolean): boolean {
  for (const tail of [...PARTICLES, ...SENTENCE_ENDINGS, ...NOUN_TAILS, ...VERB_TAILS]) {
    if (tail && word.length > tail.length && word.endsWith(tail) && known(word.slice(0, -tail.length))) return true;
  }
  return false;
}

/** Particles and the copula after a bare noun (`과가`, `곳은`, `데야`). */
const NOUN_TAILS = ['', '가', '는', '이', '야', '에', '를', '은', '이야', '에서', '예요'];

/** Whether `word` is `noun` with at most a particle or the copula after it. */
export function isNounWithTail(word: string, noun: string): boolean {
  return word.startsWith(noun) && NOUN_TAILS.includes(word.slice(noun.length));
}

/** Verb forms and endings (`열렸어`, `조성됐어`, `짓는`, `나와`): never names. */
const PREDICATE = /(?:[었았였했됐렸겠]|[해돼봐와워겨져려혀쳐어아야지요죠까나니는던을를된한할될음임함됨]|는지|나요|니까|에요|예요|이에요|인가|인지|[한된는있했었]대|[해어아여]진|던데|는데|[맡받찾]은|으면|려면|[을할볼갈줄될쓸]\s?수|는\s?(?:거|건|게|걸)|[돼어혀와려져]\s?있)$/;

/** Endings that close a sentence (`왔어`, `해요`): a verb only as the last word; inside a question the word is a noun (`해외바이어 왔어`). */
const SENTENCE_FINAL = /(?:[었았였했됐렸겠]?[해돼봐와워겨져려혀쳐어아야지요죠까나니]|나요|니까|에요|예요|이에요|인가|인지)$/;

/**
 * Verb forms, and verbs made nouns the way chat does (`열림`, `있음`, `됨`). A word before the last
 * is a verb only by an ending that links (`뽑으면`, `잡힌`, `하는`), never by one that ends a
 * sentence: `바이어`, `캠퍼스타운 사업비야` then name things.
 */
export function isPredicate(word: string, last = true): boolean {
  if (!last && SENTENCE_FINAL.test(word)) return word.length <= 2;
  // `해서`, `와서`, `있어서` link verbs (and `관에서` has its particle); `증명서`, `신청서` are nouns.
  return PREDICATE.test(word) || /(?:[해돼봐와워가나어아여려져혀쳐켜에]|있어|없어)서$/.test(word) || /[음임함됨림짐]$/.test(word);
}

/** A rate (`고용률`, `집행율`): must match whole, never by half its syllables. */
export function isRate(word: string): boolean {
  return /[률율]$/.test(word);
}

/** Counters after 몇 (`몇 명`, `몇 개소`), longest first so `개소` wins over `개`. */
export const COUNTERS = ['퍼센트', '개사', '개소', '개월', '군데', '프로', '명', '개', '곳', '건', '층', '회', '팀', '월', '일', '%'];

/**
 * The counters a count asked with one of them may be written with: places and companies are
 * counted alike in speech (`참여 기업 몇 군데` → `68개사`).
 */
export const ALIKE_COUNTERS: Readonly<Record<string, readonly string[]>> = {
  군데: ['곳', '개소', '개사'],
  곳: ['군데', '개소', '개사'],
};

/** Counters of places and things (`몇 곳`, `몇 개`), as opposed to people or sums (`몇 명`). */
export const PLACE_COUNTERS: readonly string[] = ['곳', '군데', '개소', '개'];

/** The nouns a counter counts: `N개사` is N 기업, so `입주기업 몇 개사` is answered by `12,754개사 … 입주`. */
const COUNTED_NOUNS: Readonly<Record<string, readonly string[]>> = {
  개사: ['기업', '업체', '회사'],
  개: ['기업수', '업체수'],
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
  const m = text.match(/몇\s*(\S+)/);
  if (!m) return null;
  const counter = COUNTERS.find((c) => m[1]!.startsWith(c)) ?? null;
  return counter && !['퍼센트', '프로', '%'].includes(counter) ? counter : null;
}

/** `몇 명`, `몇개소`: 몇 with any counter, as phrases. */
export const HOW_MANY_PHRASES = COUNTERS.map((c) => `몇 ${c}`);

/** Suffixes of place names in addresses: 구, 동, 로, 길. */
export function placeStem(word: string): string | null {
  return /[구동로길]$/.test(word) && word.length > 2 ? word.slice(0, -1) : null;
}

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

/** `입주기업 수`, `참여자 수는`: 수 (number of) as a word of its own, not `나갈 수 있어` (can). */
export function asksNumberOf(text: string): boolean {
  return /(?:^|\s)수(?:는|가|를|도|만)?(?=\s|$|\?)(?!\s*(?:있|없))/.test(text);
}

/**
 * A question naming two things joined by 랑/이랑/하고/와/및 (`서울큐브랑 시네마테크 예산`), as two
 * questions sharing what follows the second name (`서울큐브 예산`, `시네마테크 예산`), or compared
 * with 보다 (`서울큐브 예산이 시네마테크보다 커`); null when nothing is joined. 과 is never read as
 * joining: department names end in it.
 */
export function splitJoined(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    // `서울큐브 총사업비가 시네마테크보다 얼마나 커`: the thing compared with comes second, and shares
    // what the first names after its name (`총사업비`).
    if (i > 0 && word.endsWith('보다') && word.length >= 4) {
      const [first, rest] = [words.slice(0, i), words.slice(i + 1)];
      return [[...first, ...rest].join(' '), [word.slice(0, -2), ...first.slice(1), ...rest].join(' ')];
    }
    const joined = word === '및' ? '' : (['이랑', '하고', '랑', '와'].find((j) => word.endsWith(j) && word.length - j.length >= 2) ?? null);
    if (joined === null || (joined === '와' && hasFinalConsonant(word.at(-2)!)) || (joined === '이랑' && !hasFinalConsonant(word.at(-3)!))) continue;
    const first = [...words.slice(0, i), ...(joined ? [word.slice(0, -joined.length)] : [])];
    const rest = words.slice(i + 1);
    if (first.length === 0 || rest.length === 0) return null;
    return [[...first, ...rest.slice(1)].join(' '), rest.join(' ')];
  }
  return null;
}
