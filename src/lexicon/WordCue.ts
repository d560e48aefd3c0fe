import { escapeRegExp } from '../text/escapeRegExp';

/**
 * The pattern of one lexicon phrase: a space matches any spacing, including none (`문 열` finds
 * `문열어`, `문 열어`); Latin words match whole and in any case (`TO` is not the `to` of `tomato`).
 */
export function phrasePattern(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
  const start = /^[a-z]/i.test(phrase) ? '(?<![a-z])' : '';
  const end = /[a-z]$/i.test(phrase) ? '(?![a-z])' : '';
  return `${start}${body}${end}`;
}

/** One regular expression for a list of phrases, longest first so the longest one is found. */
export function phrasesPattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(phrasePattern).join('|'), 'i');
}

/**
 * A named group of lexicon words, compiled once: does a text contain one of them, which one
 * comes first, which are there. Phrases listed in `except` hide the words inside them
 * (`사업 규모` is not an area's 규모).
 *
 * @example
 * const area = new WordCue(['규모', '면적'], ['사업 규모']);
 * area.test('사업 규모 얼마'); // false
 * area.test('면적 얼마');     // true
 */
export class WordCue {
  readonly words: readonly string[];
  private readonly any: RegExp | null;
  private readonly all: RegExp | null;
  private readonly except: RegExp | null;
  /** Each word squashed (no spaces, lower case), to name what `all` finds. */
  private readonly squashed: readonly string[];

  constructor(words: readonly string[], except: readonly string[] = []) {
    this.words = words;
    this.any = phrasesPattern(words);
    this.all = this.any && new RegExp(this.any.source, 'gi');
    this.squashed = words.map(squash);
    const hidden = phrasesPattern(except);
    this.except = hidden && new RegExp(hidden.source, 'gi');
  }

  /** Whether the text holds one of the words. */
  test(text: string): boolean {
    return this.any !== null && this.any.test(this.visible(text));
  }

  /** The first of the words in the text, as written there, or null. */
  find(text: string): string | null {
    return this.any?.exec(this.visible(text))?.[0] ?? null;
  }

  /** The words the text holds (where they overlap, the longer), in the lexicon's order. */
  present(text: string): string[] {
    if (!this.all) return [];
    const found = new Set([...this.visible(text).matchAll(this.all)].map((m) => squash(m[0])));
    return this.words.filter((_, i) => found.has(this.squashed[i]!));
  }

  private visible(text: string): string {
    return this.except ? text.replace(this.except, '\u0001') : text;
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** A cue that never matches (an intent with no words of that kind). */
export const NO_WORDS = new WordCue([]);
