import type { Lexicon } from '../lexicon/Lexicon';
import { BACKGROUND_ENDINGS, BACKGROUND_JOINTS, EXPLAINING_ENDINGS, HANGUL_RUN, isPredicate, stripParticle } from '../text/grammar';
import { stemOf } from './topicOf';

/** Where a question's sentences end: a question or exclamation mark, or a full stop before a space. */
const SENTENCE_END = /[?？!！]+\s*|[.。]\s+/g;

/**
 * The question without the sentences after its first that give a reason and say nothing the
 * report or the lexicon knows (`… 꼴찌인 부서 어디에요? 신입이라 감이 안 와서요`): an aside about the
 * asker, not part of what is asked. A later sentence naming a thing (`부산에`), with a report word
 * (`청년일자리센터 안이라던데`) or a word the lexicon reads (`나이 제한 있나`) stays.
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
  return sentences.filter((sentence, i) => i === 0 || !explains(sentence) || saysSomething(sentence, vocabulary, lexicon)).join('');
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

/** Most words a clause of background before the question has (`시장님 보고자료 만드는 중인데,`). */
const MAX_CLAUSE_WORDS = 6;

/**
 * The question without a clause before it that says why someone asks (`회의 자료에 넣으려는데,`,
 * `민원 문의가 와서 그런데`, `내일 브리핑용으로`): closed by a background ending or joint, it holds a
 * purpose word of the lexicon and, besides those, only verbs the report does not use.
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
  const clause = words.slice(0, close + 1).map((word) => word.replace(/[,，:]+$/, ''));
  const purpose = (word: string) => {
    const bare = BACKGROUND_ENDINGS.reduce((w, ending) => (w.endsWith(ending) && w.length > ending.length ? w.slice(0, -ending.length) : w), word);
    return lexicon.purposeWords.has(bare) || lexicon.purposeWords.has(stripParticle(bare));
  };
  if (!clause.some(purpose)) return text;
  const verbOnly = (word: string) => BACKGROUND_JOINTS.includes(word) || (isPredicate(word) && !vocabulary.has(stemOf(word, vocabulary, lexicon)));
  if (!clause.every((word) => purpose(word) || verbOnly(word))) return text;
  const rest = text.trim().slice(text.trim().indexOf(words[close]!) + words[close]!.length).replace(/^[\s,，:]+/, '');
  return rest === '' ? text : rest;
}
