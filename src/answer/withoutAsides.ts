import type { Lexicon } from '../lexicon/Lexicon';
import { BACKGROUND_ENDINGS, BACKGROUND_JOINTS, EXPLAINING_ENDINGS, HANGUL_RUN, SENTENCE_ENDINGS, isPredicate, stripParticle, stripShortParticle } from '../text/grammar';
import { stemOf } from './topicOf';

/** Where a question's sentences end: a question or exclamation mark, or a full stop before a space. */
const SENTENCE_END = /[?？!！]+\s*|[.。]\s+/g;

/** Most words a clause of background before the question has (`시장님 보고자료 만드는 중인데,`). */
const MAX_CLAUSE_WORDS = 6;

/**
 * The question without what only says why or how someone asks: a clause before it
 * (`회의 자료에 넣으려는데,`, see `withoutPurposeClause`), and sentences after the first that give a
 * reason and say nothing the report or the lexicon knows (`… 꼴찌인 부서 어디에요? 신입이라 감이 안
 * 와서요`) or hold only aside words and verbs (`표에 있는 숫자로요`). A later sentence naming a
 * thing (`부산에`), with a report word (`청년일자리센터 안이라던데`) or a word the lexicon reads
 * (`나이 제한 있나`) stays.
 *
 * @example
 * withoutAsides('집행률 꼴찌인 부서? 신입이라 감이 안 와서요', vocabulary, lexicon); // '집행률 꼴찌인 부서? '
 */
export function withoutAsides(question: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
  const text = withoutPurposeClause(question, vocabulary, lexicon);
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + m[0].length).filter((end) => end < text.length);
  if (ends.length === 0) return text;
  const starts = [0, ...ends];
  const sentences = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
  const aside = (sentence: string) => (explains(sentence) && !saysSomething(sentence, vocabulary, lexicon)) || onlyAsideWords(sentence.split(/\s+/), vocabulary, lexicon);
  return sentences.filter((sentence, i) => i === 0 || !aside(sentence)).join('');
}

/**
 * The question without a clause before it that says why someone asks (`회의 자료에 넣으려는데,`,
 * `민원 문의가 와서 그런데`, `내일 브리핑용으로`): closed by a background ending or joint, it holds an
 * aside word of the lexicon and, besides those, only verbs the report does not use.
 *
 * @example
 * withoutPurposeClause('민원 문의가 와서 그런데 뉴딜일자리 대상', vocabulary, lexicon); // '뉴딜일자리 대상'
 */
export function withoutPurposeClause(text: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
  const words = text.trim().split(/\s+/, MAX_CLAUSE_WORDS + 1);
  const close = words.findIndex((word) => {
    const bare = word.replace(/[,，:]+$/, '');
    return BACKGROUND_JOINTS.includes(bare) || BACKGROUND_ENDINGS.some((ending) => bare.endsWith(ending) && bare.length > ending.length);
  });
  if (close < 0 || close >= MAX_CLAUSE_WORDS) return text;
  if (!onlyAsideWords(words.slice(0, close + 1), vocabulary, lexicon)) return text;
  const rest = text.trim().slice(text.trim().indexOf(words[close]!) + words[close]!.length).replace(/^[\s,，:]+/, '');
  return rest === '' ? text : rest;
}

/** Whether words hold an aside word and, besides those, only joints and verbs the report does not use. */
function onlyAsideWords(words: readonly string[], vocabulary: ReadonlySet<string>, lexicon: Lexicon): boolean {
  const bare = words.map((word) => word.replace(/[?？!！.。,，:]+$/, '')).filter((word) => word !== '');
  const aside = (word: string) => {
    const stem = [...BACKGROUND_ENDINGS, ...SENTENCE_ENDINGS].reduce((w, ending) => (w.endsWith(ending) && w.length > ending.length ? w.slice(0, -ending.length) : w), word);
    const known = (head: string) => lexicon.asideWords.has(head);
    return [stem, stripParticle(stem), stripParticle(word), stripShortParticle(word, known)].some(known);
  };
  // `있는` is the report's word too, but only a verb form (a soft word).
  const verbOnly = (word: string) => BACKGROUND_JOINTS.includes(word) || (isPredicate(word) && (lexicon.softWords.has(word) || !vocabulary.has(stemOf(word, vocabulary, lexicon))));
  return bare.length > 0 && bare.some(aside) && bare.every((word) => aside(word) || verbOnly(word));
}

/** Whether a sentence ends giving a reason (`…안 와서요`), not naming a thing (`부산에`). */
function explains(sentence: string): boolean {
  const last = sentence.replace(/[?？!！.。\s]+$/, '').split(/\s+/).at(-1) ?? '';
  return EXPLAINING_ENDINGS.some((ending) => last.endsWith(ending));
}

/** Whether a sentence holds a word of the report (as a stem) or one the lexicon reads as asking something. */
function saysSomething(sentence: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): boolean {
  if (/[A-Za-z0-9]/.test(sentence)) return true;
  const words = sentence.match(HANGUL_RUN) ?? [];
  if (words.some((word) => word.length >= 2 && vocabulary.has(stemOf(word, vocabulary, lexicon)))) return true;
  if (lexicon.answerKinds.some(({ cue }) => cue.test(sentence))) return true;
  return Object.keys(lexicon.source.intents).some((name) => lexicon.intent(name).asks(sentence));
}
