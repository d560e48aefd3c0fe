/** Where a term occurs in one field: document, frequency, document, frequency… (documents ascending). */
type Posting = number[];

/** A document that matched: its index, score and how many distinct query terms it holds. */
export interface Bm25Hit {
  doc: number;
  score: number;
  matched: number;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * BM25+ over documents of a few fields, scored exactly as MiniSearch 7 scores an exact-term OR
 * query (k 1.2, b 0.7, d 0.5, a boost per field, field length counted in distinct terms, the sum
 * times the number of query terms matched), on plain maps: MiniSearch's radix tree, kept for prefix
 * and fuzzy search this project does not use, took half the corpus build.
 *
 * @example
 * const index = new Bm25Index([3, 1]);
 * index.add([['청년'], ['청년', '예산', '예산']]);
 * index.search(['예산'])[0].doc; // 0
 */
export class Bm25Index {
  private readonly postings: Map<string, Posting>[];
  private readonly lengths: number[][];
  private readonly averages: number[];
  private count = 0;

  constructor(private readonly boosts: readonly number[]) {
    this.postings = boosts.map(() => new Map());
    this.lengths = boosts.map(() => []);
    this.averages = boosts.map(() => 0);
  }

  /** Adds a document: its terms, field by field (repeats count). Returns its index. */
  add(fields: readonly (readonly string[])[]): number {
    const doc = this.count++;
    this.boosts.forEach((_, f) => {
      const freqs = new Map<string, number>();
      for (const term of fields[f] ?? []) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      this.lengths[f]![doc] = freqs.size;
      this.averages[f] = (this.averages[f]! * doc + freqs.size) / (doc + 1);
      const postings = this.postings[f]!;
      for (const [term, freq] of freqs) {
        const posting = postings.get(term);
        if (posting) posting.push(doc, freq);
        else postings.set(term, [doc, freq]);
      }
    });
    return doc;
  }

  /**
   * Drops the room left for more documents in each posting, or swaps each for an equal shared one
   * (`intern`). Call once every document is added: no document may be added afterwards.
   */
  compact(intern: (list: readonly number[]) => number[] = (list) => list.slice()): void {
    for (const postings of this.postings) for (const [term, posting] of postings) postings.set(term, intern(posting));
  }

  /** Documents holding any of the (distinct) terms, best first; ties keep the order they were found in. */
  search(terms: readonly string[]): Bm25Hit[] {
    const results = new Map<number, Bm25Hit>();
    for (const term of terms) {
      const scores = new Map<number, number>();
      this.boosts.forEach((boost, f) => {
        const posting = this.postings[f]!.get(term);
        if (!posting) return;
        const matching = posting.length / 2;
        for (let i = 0; i < posting.length; i += 2) {
          const doc = posting[i]!;
          const weighted = boost * score(posting[i + 1]!, matching, this.count, this.lengths[f]![doc]!, this.averages[f]!);
          scores.set(doc, (scores.get(doc) ?? 0) + weighted);
        }
      });
      for (const [doc, s] of scores) {
        const hit = results.get(doc);
        if (hit) {
          hit.score = hit.score + s;
          hit.matched++;
        } else results.set(doc, { doc, score: s, matched: 1 });
      }
    }
    const hits = [...results.values()];
    for (const hit of hits) hit.score = hit.score * hit.matched;
    return hits.sort((a, b) => b.score - a.score);
  }
}

/** BM25+ of one term in one field of one document (MiniSearch's `calcBM25Score`). */
function score(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}
