import { isHangul, stripParticle } from '../text/grammar';
import { WORD_RUNS } from '../text/grammar';
import { runsOf } from './tokenize';

/** What one word run contributes: terms for matching names and terms for the section index. */
interface RunReading {
  /** Hangul bigrams without the particle, Latin words, numbers (see `matchTerms`). */
  match: readonly string[];
  /** The index's terms: the same, and whole words of one or two syllables (see `SectionIndex`). */
  index: readonly string[];
}

/**
 * Reads a report once for both the matcher and the section index while a corpus is built: each
 * distinct word run is split into terms once (the same words recur all through a report). Made
 * by the builder and dropped with it, never kept between questions.
 */
export class TermReader {
  private readonly runs = new Map<string, RunReading>();

  /** A text's match terms, as a set. */
  matchTerms(text: string): Set<string> {
    const terms = new Set<string>();
    for (const run of runsOf(text)) for (const term of this.read(run).match) terms.add(term);
    return terms;
  }

  /**
   * A text's match terms, as a set, adding its index terms (in order, repeats kept) to `index`.
   * Pass `normalized` when the text went through `normalizeForTerms` already (a whole section at once).
   */
  line(text: string, index: string[], normalized = false): Set<string> {
    const terms = new Set<string>();
    for (const run of normalized ? (text.match(WORD_RUNS) ?? []) : runsOf(text)) {
      const reading = this.read(run);
      for (const term of reading.match) terms.add(term);
      for (const term of reading.index) index.push(term);
    }
    return terms;
  }

  /** One run's match terms (a Hangul word's bigrams, without its particle). */
  runTerms(run: string): readonly string[] {
    return this.read(run).match;
  }

  private read(run: string): RunReading {
    let reading = this.runs.get(run);
    if (!reading) this.runs.set(run, (reading = readRun(run)));
    return reading;
  }
}

/** One word run's match terms alone (`RunReading.match`), read without the index's (a question's words). */
export function readMatchTerms(run: string): readonly string[] {
  if (!isHangul(run)) return run.length >= 2 || /\d/.test(run) ? [run] : [];
  const stem = stripParticle(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < stem.length; i++) grams.push(stem.slice(i, i + 2));
  return grams;
}

/** One word run's terms. */
export function readRun(run: string): RunReading {
  if (!isHangul(run)) {
    const terms = run.length >= 2 || /\d/.test(run) ? [run] : [];
    return { match: terms, index: terms };
  }
  const stem = stripParticle(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < stem.length; i++) grams.push(stem.slice(i, i + 2));
  const whole = [run, ...(stem !== run ? [stem] : [])].filter((w) => w.length <= 2);
  return { match: grams, index: [...whole, ...grams] };
}
