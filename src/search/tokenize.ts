import { isHangul, stripParticle, withDottedSyllablesJoined, WORD_RUNS } from '../text/grammar';
import { fullYears } from '../text/numberedWords';

/** Lower case, thousands separators removed, `R&D` as one word (`rnd`), short years in full (`'23` → 2023), `인·허가` also as `인허가`. */
export function normalizeForTerms(text: string): string {
  // `R&D` is one word in this report, not the letters r and d.
  return withDottedSyllablesJoined(fullYears(text)).toLowerCase().replace(/(\d),(?=\d{3})/g, '$1').replace(/r\s*&\s*d/g, ' rnd ');
}

/**
 * The word runs of a text: Hangul, Latin letters or digits, so split at white space,
 * punctuation, symbols and between scripts (`1.5` is two numbers, as it always was).
 */
export function runsOf(text: string): string[] {
  return normalizeForTerms(text).match(WORD_RUNS) ?? [];
}

/**
 * Splits text into search terms the way both the index and the queries see it: lower case,
 * thousands separators removed, split at white space, punctuation and symbols and between
 * scripts, then each Hangul word as itself, without a trailing particle, and as character
 * bigrams (so `취업사관학교` matches inside `청년취업사관학교`, and spaced `청년 취업 사관학교` too).
 *
 * @example
 * tokenize('청년취업사관학교는 20,255백만원');
 * // ['청년취업사관학교는', '청년취업사관학교', '청년', '년취', …, '20255', '백만원', '백만', '만원']
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const run of runsOf(text)) {
    if (!isHangul(run)) {
      if (run.length >= 2 || /\d/.test(run)) terms.push(run);
      continue;
    }
    terms.push(run);
    const stem = stripParticle(run);
    if (stem !== run) terms.push(stem);
    for (let i = 0; i + 1 < stem.length; i++) terms.push(stem.slice(i, i + 2));
  }
  return terms;
}
