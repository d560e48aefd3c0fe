import type { Lexicon } from '../lexicon/Lexicon';
import { tokenize } from '../search/tokenize';
import { COUNTERS, isAllHangul, isHangul, isNounWithTail, isBeforeBeing, isPredicate, isRate, stripParticle, stripShortParticle } from '../text/grammar';
import { hasNearMatch } from './hasNearMatch';
import { matchTerms, type Haystack, type WordPart } from './haystack';

export { coverage, matchTerms, haystackOf, type Haystack } from './haystack';

/** A word the question names, prepared once per question: its bigrams and how many must match. */
export interface NamedWord {
  text: string;
  grams: readonly string[];
  /** Bigrams one word of the candidate must hold. */
  needed: number;
  /** Bigrams the candidate must hold somewhere: a long word's first and last, when the report writes the word itself. */
  ends: readonly string[];
  /** The bigrams (as bits, see `gramBit`) the one word holding the others must hold too: a long unknown word's report words (`창업` of `창업사관학교`). */
  within: number;
}

/**
 * Prepares a named word: half of a short word's bigrams will do (개관일 → 개관), but not for a
 * rate (고용률 is not 고용안전망); more than half for longer words (출산장려금 is not 고용장려금).
 * A long word the report itself writes (`inReport`) names that thing: its first and last bigram
 * must be there too, so `뷰티복합문화공간` is not `영상 복합문화공간`, nor `남부기술교육원` a line on every
 * 기술교육원, even read loosely; after one of `cityHeads` (`서울`), the bigram following it is the first.
 * Given the `vocabulary`, a long word the report does not write must hold the report's two-syllable
 * words it is made of (`청년창업사관학교` needs `창업`).
 */
export function namedWord(text: string, inReport = false, cityHeads: readonly string[] = [], vocabulary?: ReadonlySet<string>, softHeads: ReadonlySet<string> = new Set()): NamedWord {
  const grams = isHangul(text) ? [...matchTerms(text)] : [];
  const half = grams.length <= 2 ? (isRate(text) ? grams.length : Math.ceil(grams.length / 2)) : Math.floor(grams.length / 2) + 1;
  // The city's name before a name tells nothing apart (`서울바이오펀드` is written `바이오펀드` too).
  const head = cityHeads.find((h) => text.startsWith(h) && text.length - h.length >= 3);
  const first = head ? grams.indexOf(text.slice(head.length, head.length + 2)) : 0;
  const ends = inReport && grams.length >= 4 && first >= 0 ? [grams[first]!, grams[grams.length - 1]!] : [];
  // A long word the report does not write, holding two-syllable words it does (`청년창업사관학교`):
  // those words say which thing it is, so `창업` must be there (it is not 청년취업사관학교).
  const words = !inReport && vocabulary && grams.length >= 3 ? grams.filter((g) => vocabulary.has(g)) : [];
  // `공기업`, not the report's, a syllable on a report word (기업): both bigrams in one word (not for a soft head, `총예산`, or a counter, `1차추경`).
  const both = !inReport && vocabulary?.has(grams[1] ?? '') && grams.length === 2 && text.length === 3 && !softHeads.has(text[0]!) && !COUNTERS.includes(text[0]!);
  const within = words.reduce((mask, word) => mask | gramBit(grams.indexOf(word)), 0);
  return { text, grams, needed: both ? 2 : half, ends: [...new Set([...ends, ...words])], within };
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
  // `과가`, `곳은`, and a "which" noun after a verb written together (`선정된곳`, `짓는데`).
  const isWhich = (t: string) =>
    lexicon.whichWords.some((w) => isNounWithTail(t, w) || (t.endsWith(w) && t.length > w.length + 1 && isPredicate(t.slice(0, -w.length), false) && !vocabulary.has(t)));
  const known = (head: string) => vocabulary.has(head);
  const spaced = topic.split(/\s+/);
  // A soft word as written is never cut into another word (`따로따로` is no `따로따` with 로).
  const runs = tokenize(spaced.filter((word) => !soft.has(word)).join(' '));
  const last = tokenize(topic).findLast((t, _, written) => isHangul(t) && !isBigramOf(t, written));
  const nextWord = new Map(spaced.map((word, i) => [word, spaced[i + 1]]));
  return runs
    // A name the report writes with 로 is never cut (`종로` is no `종` with 로).
    .map((t) => stripShortParticle(t, known, (w) => vocabulary.has(w)))
    .filter((t, _, all) => {
      const verb = isPredicate(t, t === last || t === stripShortParticle(last ?? '', known)) || isBeforeBeing(t, nextWord.get(t));
      if (isHangul(t)) return t.length >= 2 && !isBigramOf(t, all) && !soft.has(t) && !soft.has(stripParticle(t)) && !isWhich(t) && !(verb && !vocabulary.has(t));
      return t.length >= 2 && !soft.has(t);
    })
    .filter((t, i, all) => all.indexOf(t) === i && !all.some((stem) => stem !== t && t.startsWith(stem) && stem.length >= 2))
    // `추진근거` is what `사업근거` is: a generic head or tail says nothing about which one.
    .map((t) => withoutGenericEnds(t, lexicon))
    // What is left may be an answer word (`참여인원` → `인원`): it names the kind of answer, not what it is about.
    .filter((t) => !lexicon.topicStopWords.has(t))
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

/**
 * Whether every named word appears in the candidate: a Hangul word counts as present when one
 * word of the candidate holds enough of its bigrams (`namedWord`; pieces of different words never
 * add up: 서울창업허브 is not 창업뜰 + 패션허브), or holds it with one syllable a jamo off
 * (시네마태크); a Latin word or number when it is there whole.
 *
 * @example
 * containsAll(['부산', '청년취업사관학교'].map(namedWord), haystackOf('청년취업사관학교 조성·운영')); // false
 */
export function containsAll(words: readonly NamedWord[], haystack: Haystack): boolean {
  return words.every((word) => contains(word, haystack));
}

/** Whether one named word is in the haystack (see `containsAll`). */
export function contains(word: NamedWord, haystack: Haystack): boolean {
  const { text, grams, needed, ends } = word;
  if (!isHangul(text)) return haystack.terms.has(text);
  if (grams.length === 0) return true;
  // A long word the report writes needs its ends, even in a bag (a passage line's terms): 남부기술교육원 is no line on every 기술교육원.
  for (const g of ends) if (!haystack.terms.has(g)) return false;
  // Neither enough bigrams nor all syllables but one anywhere in the text: no match, and no need to look word by word.
  let present = 0;
  for (let i = 0; i < text.length; i++) if (haystack.syllables.has(text[i]!)) present++;
  if (present < text.length - 1 && countHeld(grams, haystack) < needed) return false;
  for (const part of haystack.parts) if (holdsEnough(part, word, haystack)) return true;
  if (text.length < 3) return false;
  // One syllable off in four or more leaves a bigram intact: without one, there is no near match.
  if (text.length >= 4 && countHeld(grams, haystack) === 0) return false;
  return haystack.words.some((w) => hasNearMatch(w, text));
}

/**
 * Whether one word of a part holds `needed` of the bigrams, or two words side by side do (`학과개편`
 * typed for the report's `학과 개편`); a bag: whether its terms hold them.
 */
function holdsEnough(part: WordPart | null, { grams, needed, within }: NamedWord, haystack: Haystack): boolean {
  if (part === null) return countHeld(grams, haystack) >= needed;
  if ('wordGrams' in part) return listHoldsEnough(part.wordGrams, grams, needed, within);
  const { index, ranges } = part;
  const inside = (word: number) => !ranges || ranges.some(([from, to]) => word >= from && word < to);
  if (needed <= 1) return grams.some((g) => index.get(g)?.some(inside) === true); // one bigram will do: any word holding one
  // Each word's bigrams of the name as bits: two words side by side count a bigram once (`공사 … 공사` is no `시공사`).
  const hits = new Map<number, number>();
  grams.forEach((g, bit) => {
    for (const word of index.get(g) ?? []) if (inside(word)) hits.set(word, (hits.get(word) ?? 0) | gramBit(bit));
  });
  for (const [word, mask] of hits) if (enough(mask, needed, within) || enough(mask | (hits.get(word + 1) ?? 0), needed, within)) return true;
  return false;
}

/** Enough bigrams held, the ones that must be held among them (`창업사관학교` is no `취업사관학교`). */
function enough(mask: number, needed: number, within: number): boolean {
  return bitCount(mask) >= needed && (mask & within) === within;
}

/** How many of the bigrams the haystack's terms hold. */
const countHeld = (grams: readonly string[], haystack: Haystack): number => grams.reduce((n, g) => n + Number(haystack.terms.has(g)), 0);

/** The bit standing for the `i`th bigram of a name (names of more than 30 bigrams share the last). */
const gramBit = (i: number) => 1 << Math.min(i, 30);

/** How many bits are set. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** `holdsEnough` for a short text's words, each with its bigrams in a list. */
function listHoldsEnough(wordGrams: readonly (readonly string[])[], grams: readonly string[], needed: number, within: number): boolean {
  let previous = 0;
  for (const own of wordGrams) {
    let mask = 0;
    grams.forEach((g, bit) => {
      if (own.includes(g)) mask |= gramBit(bit);
    });
    if (enough(mask, needed, within) || (mask !== 0 && enough(previous | mask, needed, within))) return true;
    previous = mask;
  }
  return false;
}
