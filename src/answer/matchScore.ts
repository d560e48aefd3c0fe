import type { Lexicon } from '../lexicon/Lexicon';
import { tokenize } from '../search/tokenize';
import { hangulOnly, isAllHangul, isHangul, isNounWithTail, isPredicate, isRate, stripShortParticle } from '../text/grammar';

/**
 * The terms of a text used for fuzzy matching of names: Hangul bigrams, Latin words and numbers
 * (whole Hangul words are dropped, since bigrams already cover them and spacing varies).
 */
export function matchTerms(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => !isHangul(t) || t.length === 2));
}

/**
 * Share of the query's terms found in a candidate (0..1): how well a fact's name covers what
 * the question is about. Spacing and particles do not matter.
 *
 * @example
 * coverage(matchTerms('홍릉 R&D지원센터'), matchTerms('홍릉 R&D지원센터 동대문구 청량리동')); // 1
 */
export function coverage(query: Set<string>, candidate: Set<string>): number {
  if (query.size === 0) return 0;
  let hits = 0;
  for (const term of query) if (candidate.has(term)) hits++;
  return hits / query.size;
}

/**
 * The words of a topic that a match must contain: everything but the lexicon's soft words,
 * "which one" nouns (`과가`, `곳은`) and verb forms (a word ending like a verb still counts when
 * the report uses it), particles stripped.
 *
 * @example
 * hardWords('부산 청년취업사관학교', kb.lexicon); // ['부산', '청년취업사관학교']
 */
export function hardWords(topic: string, lexicon: Lexicon, vocabulary: ReadonlySet<string> = new Set()): string[] {
  const soft = lexicon.softWords;
  const isWhich = (t: string) => lexicon.whichWords.some((w) => isNounWithTail(t, w));
  const known = (head: string) => vocabulary.has(head);
  return tokenize(topic)
    .map((t) => stripShortParticle(t, known))
    .filter((t, _, all) => {
      if (isHangul(t)) return t.length >= 2 && !isBigramOf(t, all) && !soft.has(t) && !isWhich(t) && !(isPredicate(t) && !vocabulary.has(t));
      return t.length >= 2 && !soft.has(t);
    })
    .filter((t, i, all) => all.indexOf(t) === i && !all.some((stem) => stem !== t && t.startsWith(stem) && stem.length >= 2))
    // `추진근거` is what `사업근거` is: a generic head or tail says nothing about which one.
    .map((t) => withoutGenericEnds(t, lexicon))
    .flatMap((t) => splitCompound(t, vocabulary))
    .filter((t) => !soft.has(t));
}

/** A word longer than three syllables without a generic tail (`사업`) and head (`추진`) when two syllables remain. */
function withoutGenericEnds(word: string, lexicon: Lexicon): string {
  if (word.length <= 3) return word;
  let w = word;
  const tail = lexicon.genericTails.find((t) => w.endsWith(t));
  if (tail) w = w.slice(0, -tail.length);
  const head = lexicon.genericHeads.find((h) => w.startsWith(h) && isAllHangul(w.slice(h.length, h.length + 2)) && w.length - h.length >= 2);
  if (head) w = w.slice(head.length);
  return w;
}

/**
 * A compound the report never writes, made of a report word and another part (`서부기술교육원`
 * → `서부` + `기술교육원`): both parts are named, so a 중부기술교육원 is not a match.
 */
function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 4 || !isAllHangul(word) || vocabulary.has(word) || vocabulary.size === 0) return [word];
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)];
    if (vocabulary.has(tail) && tail.length >= head.length) return [head, tail];
    if (vocabulary.has(head) && head.length > tail.length) return [head, tail];
  }
  return [word];
}

/** True for the bigrams tokenize adds after a longer word (they are not words the user typed). */
function isBigramOf(term: string, all: string[]): boolean {
  return term.length === 2 && all.some((o) => o.length > 2 && isHangul(o) && o.includes(term));
}

/** Text prepared for `containsAll`: its terms, and the Hangul of each word with that word's bigrams. */
export interface Haystack {
  terms: Set<string>;
  words: string[];
  wordGrams: Set<string>[];
  /** Every Hangul syllable in the text, for a cheap "cannot match" answer. */
  syllables: Set<string>;
}

/** Prepares a text to be searched for a question's named words (words split at white space only, so `중소·벤처·창업기업` is one word). */
export function haystackOf(text: string): Haystack {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map(hangulOnly)
    .filter((w) => w.length >= 2);
  return { terms: matchTerms(text), words, wordGrams: words.map((w) => new Set(gramsOf(w))), syllables: new Set(words.join('')) };
}

const objectHaystacks = new WeakMap<object, Haystack>();

/**
 * The haystack of a section or table row, built once per object: its text never changes, and a
 * reload makes new objects.
 */
export function cachedHaystack(key: object, text: () => string): Haystack {
  let haystack = objectHaystacks.get(key);
  if (!haystack) {
    haystack = haystackOf(text());
    objectHaystacks.set(key, haystack);
  }
  return haystack;
}

const textHaystacks = new Map<string, Haystack>();

/** The haystack of a text, remembered by the text itself (fact names, report lines). */
export function haystackFor(text: string): Haystack {
  let haystack = textHaystacks.get(text);
  if (!haystack) {
    if (textHaystacks.size > 20_000) textHaystacks.clear();
    haystack = haystackOf(text);
    textHaystacks.set(text, haystack);
  }
  return haystack;
}

/**
 * Whether every hard word of the topic appears in the candidate: a Hangul word counts as present
 * when one word of the candidate holds half of its bigrams (more than half for words of four
 * syllables or more, so 출산장려금 is not 고용장려금, and pieces of different words never add up:
 * 서울창업허브 is not 창업뜰 + 패션허브), or holds it with one syllable wrong (시네마태크);
 * a Latin word or number when it is there whole.
 *
 * @example
 * containsAll(['부산', '청년취업사관학교'], haystackOf('청년취업사관학교 조성·운영')); // false
 */
export function containsAll(words: string[], haystack: Haystack): boolean {
  return words.every((word) => contains(word, haystack));
}

/** Whether one named word is in the haystack (see `containsAll`). */
export function contains(word: string, haystack: Haystack): boolean {
  if (!isHangul(word)) return haystack.terms.has(word);
  const grams = gramsOf(word);
  if (grams.length === 0) return true;
  // Half of a short word's bigrams will do (개관일 → 개관), but not for a rate (고용률 is not 고용안전망).
  const needed = grams.length <= 2 ? (isRate(word) ? grams.length : Math.ceil(grams.length / 2)) : Math.floor(grams.length / 2) + 1;
  // Neither half the bigrams nor all syllables but one anywhere in the text: no match, and no need to look word by word.
  let present = 0;
  for (const ch of word) if (haystack.syllables.has(ch)) present++;
  if (present < word.length - 1 && grams.filter((g) => haystack.terms.has(g)).length < needed) return false;
  for (const wordGrams of haystack.wordGrams) {
    let hits = 0;
    for (const g of grams) if (wordGrams.has(g)) hits++;
    if (hits >= needed) return true;
  }
  if (word.length < 3) return false;
  // One wrong syllable in four or more leaves a bigram intact: without one, there is no near match.
  if (word.length >= 4 && !grams.some((g) => haystack.terms.has(g))) return false;
  return haystack.words.some((w) => hasNearMatch(w, word));
}

const gramCache = new Map<string, string[]>();

/** A word's bigrams, remembered: the same few question words are checked against every fact. */
export function gramsOf(word: string): string[] {
  let grams = gramCache.get(word);
  if (!grams) {
    grams = [...matchTerms(word)];
    if (gramCache.size > 5000) gramCache.clear();
    gramCache.set(word, grams);
  }
  return grams;
}

/**
 * Whether `text` contains `word` with at most one syllable wrong. In a three-syllable word the
 * wrong syllable must keep its first consonant (첼린지 for 챌린지), or 고용률 would match 고용안전망.
 */
function hasNearMatch(text: string, word: string): boolean {
  for (let start = 0; start + word.length <= text.length; start++) {
    let differences = 0;
    let similar = true;
    for (let i = 0; i < word.length && differences <= 1; i++) {
      if (text[start + i] === word[i]) continue;
      differences++;
      similar = initialConsonant(text[start + i]!) === initialConsonant(word[i]!);
    }
    if (differences === 0 || (differences === 1 && (word.length >= 4 || similar))) return true;
  }
  return false;
}

function initialConsonant(syllable: string): number {
  return Math.floor((syllable.charCodeAt(0) - 0xac00) / 588);
}
