import type { Lexicon } from '../lexicon/Lexicon';
import { EXPLAINING_ENDINGS, HANGUL_RUN } from '../text/grammar';
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
export function withoutAsides(text: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): string {
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
