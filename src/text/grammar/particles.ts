import { SENTENCE_ENDINGS, VERB_TAILS } from './endings';
import { hasFinalConsonant, hasFinalL, isHangul } from './hangul';

/**
 * Particles, longest first, with the plural 들, the limiting 밖에 (`그거밖에 안 돼`), the joining 랑/하고 (`정원이랑 현원`), the conceding 만이라도/이라도 (`이름만이라도`; never a bare 라도: `인프라도` is 인프라 with 도) and the quoting
 * (이)라고만 (`별관이라고만 들어서`); 과/와 are
 * kept because department names end in 과 (일자리정책과).
 */
export const PARTICLES = ['만이라도', '이라고만', '밖에', '이라도', '이라는', '이라고', '라고만', '에서는', '이고', '으로는', '에서', '에선', '에도', '으로', '에게', '까지', '부터', '이나', '이랑', '이면', '하고', '은', '는', '이', '가', '을', '를', '의', '에', '로', '도', '만', '랑', '들', '때', '엔'];

/**
 * A one-syllable word the report uses with a particle or ending (`시가`, `말까지`, `거야`), as that
 * word; longer words go through `stripParticle`. A name ending in 로 (`isName`: `종로`) stays.
 */
export function stripShortParticle(word: string, known: (head: string) => boolean, isName: (word: string) => boolean = () => false): string {
  const tail = word.slice(1);
  // `종로`, `구로`: a place the report names with 로 (road) is that place, not a word with 로.
  if (tail === '로' && isName(word)) return word;
  return word.length >= 2 && (PARTICLES.includes(tail) || SENTENCE_ENDINGS.includes(tail)) && known(word[0]!) ? word[0]! : word;
}

/** The last syllables of particles: a word ending in none of them has none. */
const PARTICLE_ENDS = new Set(PARTICLES.map((p) => p[p.length - 1]!));
/** Particles that only follow a syllable with a final consonant (평가 must keep its 가). */
const AFTER_CONSONANT = new Set(['은', '이', '을', '으로', '으로는', '이나', '이랑', '이라고', '이라고만', '이라도']);
const AFTER_VOWEL = new Set(['는', '가', '를', '랑', '라고만']);

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
    // `억으로`: 으 only opens 으로, never ends a word.
    if (particle.startsWith('로') && word.at(-particle.length - 1) === '으') continue;
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

/** Particles written one way after a final consonant and another after a vowel (`이`/`가`, `이랑`/`랑`). */
const PARTICLE_PAIRS: readonly (readonly [string, string])[] = [['이랑', '랑'], ['으로', '로'], ['은', '는'], ['이', '가'], ['을', '를'], ['과', '와']];

/** The particles `particleFor` rewrites, longest first. */
export const PAIRED_PARTICLES = PARTICLE_PAIRS.flat().sort((a, b) => b.length - a.length);

/**
 * A particle in the form that fits the word before it (after a word was rewritten: `부담분이` →
 * `시비가`); other particles as they are.
 *
 * @example
 * particleFor('시비', '이'); // '가'
 */
export function particleFor(word: string, particle: string): string {
  const pair = PARTICLE_PAIRS.find((p) => p.includes(particle));
  const last = word.at(-1) ?? '';
  if (!pair || !isHangul(last)) return particle;
  // A final ㄹ takes 로 (`서울로`).
  return hasFinalConsonant(last) && !(pair[0] === '으로' && hasFinalL(last)) ? pair[0] : pair[1];
}

/**
 * `정원과 현원`, `위치와 면적`: 과/와 joining two words, cut when it fits the syllable before it and
 * `joins` accepts what precedes (department names end in 과: `일자리정책과` stays).
 *
 * @example
 * withoutJoint('정원과', (head) => head === '정원'); // '정원'
 * withoutJoint('일자리정책과', () => false);        // '일자리정책과'
 */
export function withoutJoint(word: string, joins: (head: string) => boolean): string {
  const last = word.at(-1);
  if ((last !== '과' && last !== '와') || word.length < 3) return word;
  const head = word.slice(0, -1);
  const fits = last === '과' ? hasFinalConsonant(head.at(-1)!) : !hasFinalConsonant(head.at(-1)!);
  return fits && joins(head) ? head : word;
}

/** Particles that make a word the topic a sentence defines (`G밸리는 …`, `스케일업이란 …`). */
export const TOPIC_PARTICLES = ['이란', '란', '은', '는'];

/**
 * A particle written after a closing bracket, moved onto the word before the bracket, where it
 * belongs (`G밸리(서울디지털단지)에 입주한` → `G밸리에 (서울디지털단지) 입주한`): the bracket is an aside.
 *
 * @example
 * particleBeforeBracket('G밸리(서울디지털단지)에 입주한'); // 'G밸리에 (서울디지털단지) 입주한'
 * particleBeforeBracket('(가칭)서울 시네마테크'); // unchanged: no word before the bracket
 */
export function particleBeforeBracket(text: string): string {
  return text.replace(/([^\s()]+)(\([^()]*\))([가-힣]{1,4})(?=[\s?.!,]|$)/g, (whole, word: string, bracket: string, tail: string) =>
    PARTICLES.includes(tail) ? `${word}${tail} ${bracket}` : whole,
  );
}

/**
 * The particle a text opens with when nothing Hangul follows it (what was written onto a word just
 * before the text), or undefined.
 *
 * @example
 * openingParticle('는 어디에'); // '는'
 * openingParticle('는데');      // undefined
 */
export function openingParticle(text: string): string | undefined {
  return PARTICLES.find((p) => text.startsWith(p) && !/^[가-힣]/.test(text.slice(p.length)));
}

/** Words pointing at what was just said (`이 뷰티 공간`, `그 사업`), written like a particle. */
const DEMONSTRATIVES = ['이', '그', '저'];

/** Words pointing at what was said before them, as a word of their own (`이 대회의 예산`, `해당 사업`). */
const POINTING_WORDS = [...DEMONSTRATIVES, '해당', '요'];

/** Longest common noun a pointing word turns into a pointer (`대회`, `캠퍼스`); a longer word is a name. */
const MAX_POINTED = 3;

/**
 * Whether a word is a common noun a pointing word before it turns into a pointer (`이 대회의`,
 * `그 학교가`, `해당 사업에`): with its particle, it stands for what was named before, and names nothing itself.
 *
 * @example
 * isPointedAt(['이', '대회의', '사업예산이'], 1, (w) => w.replace(/의$/, '')); // true
 */
export function isPointedAt(words: readonly string[], i: number, stem: (word: string) => string): boolean {
  if (i === 0 || !POINTING_WORDS.includes(words[i - 1]!)) return false;
  // With its particle (`대회의`, `사업에`) it ends what is pointed at; bare (`이 뷰티 공간`), it only begins it.
  const noun = stem(words[i]!);
  return noun !== words[i] && noun.length <= MAX_POINTED;
}

/**
 * Whether a text goes on from the word before it, opening with that word's particle (`에 개관하는 …`
 * after a pasted `'22.11월`), not with a word pointing at it (`이 뷰티 공간 …`).
 *
 * @example
 * continuesWord('에 개관하는 캠퍼스 어디'); // true
 * continuesWord('이 뷰티 공간 어디');       // false
 */
export function continuesWord(text: string): boolean {
  const particle = openingParticle(text);
  return particle !== undefined && !DEMONSTRATIVES.includes(particle);
}

/**
 * Whether a word is 중 with its particle, "among" (`분야 중에`, `항목 중에서`).
 *
 * @example
 * isAmongWord('중에'); // true
 */
export function isAmongWord(word: string): boolean {
  return /^중(?:에|에서|에서는)?$/.test(word);
}
