import type { Lexicon } from '../lexicon/Lexicon';
import { COUNTERS, HANGUL_RUN, isSurelyVerb } from '../text/grammar';
import { stemOf } from './topicOf';

const LATIN = /^[A-Za-z]+$/;

/** A word of the question read as another: `{ typed: '예싼', read: '예산' }`. */
export interface Reading {
  typed: string;
  read: string;
}

/**
 * Reads each mistyped word of a question as the word meant (`청년취업사관학교 예싼 얼마야` →
 * `청년취업사관학교 예산 얼마야`), keeping its particles and ending, and says which words were read
 * so the answer can tell the asker.
 *
 * @example
 * readTypos('예싼은 얼마', kb.vocabulary, kb.lexicon); // { text: '예산은 얼마', readAs: [{ typed: '예싼', read: '예산' }] }
 */
export function readTypos(text: string, vocabulary: ReadonlySet<string>, lexicon: Lexicon): { text: string; readAs: Reading[] } {
  const readAs: Reading[] = [];
  const isQuestion = lexicon.isQuestionWord;
  // A counter after a question word (`몇 개고`) is part of the question, never a mistyped name.
  const isCounter = (token: string, offset: number) => COUNTERS.some((c) => token.startsWith(c)) && lexicon.questionWords.includes(text.slice(0, offset).trim().split(/\s+/).at(-1) ?? '');
  const read = text.replace(/[\p{L}\p{N}]+/gu, (token, offset: number) => {
    if (token.length < 2 || vocabulary.has(token.toLowerCase()) || isQuestion(token) || isCounter(token, offset)) return token;
    // A long Latin word one keystroke off (`Everthing`).
    const latin = LATIN.test(token) ? lexicon.typos.correct(token.toLowerCase()) : null;
    if (latin) {
      readAs.push({ typed: token, read: latin });
      return latin;
    }
    // The Hangul of a word (`AI지원센타` → `지원센타`) is what may be mistyped.
    return token.replace(HANGUL_RUN, (run) => {
      const stem = stemOf(run, vocabulary, lexicon);
      // A word that only asks (`알려줘`) is no typo of a name, nor is a verb (`들었는지` is not `늘었는지`).
      if (run.length < 2 || lexicon.topicStopWords.has(stem) || isSurelyVerb(stem)) return run;
      const meant = lexicon.typos.correct(stem);
      if (!meant) return run;
      readAs.push({ typed: stem, read: meant });
      return `${meant}${run.slice(stem.length)}`;
    });
  });
  return { text: read, readAs };
}
