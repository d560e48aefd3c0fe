import { tokenize } from '../search/tokenize';

/**
 * The terms of a text used for fuzzy matching of names: Hangul bigrams, Latin words and numbers
 * (whole Hangul words are dropped, since bigrams already cover them and spacing varies).
 */
export function matchTerms(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => !/[가-힣]/.test(t) || t.length === 2));
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
