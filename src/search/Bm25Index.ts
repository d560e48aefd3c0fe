/** Where a term occurs in one field: document, frequency, document, frequency… (documents ascending). */
type Posting = number[];

/** A document that matched: its index, score and how many distinct query terms it holds. */
export interface Bm25Hit {
  doc: number;
  score: number;
  matched: number;
}

/** A field's distinct terms in the order first found, and how often each occurs. */
export interface CountedTerms {
  terms: readonly string[];
  freqs: readonly number[];
}

/**
 * Counts a field's terms once (a section shared by several reports is counted once for all their indexes).
 *
 * @example
 * countTerms(['예산', '청년', '예산']); // { terms: ['예산', '청년'], freqs: [2, 1] }
 */
export function countTerms(list: readonly string[]): CountedTerms {
  const counts = new Map<string, number>();
  for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { terms: [...counts.keys()], freqs: [...counts.values()] };
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
    return this.addCounted(this.boosts.map((_, f) => countTerms(fields[f] ?? [])));
  }

  /** Adds a document whose terms are counted already (`countTerms`, field by field). Returns its index. */
  addCounted(fields: readonly CountedTerms[]): number {
    const doc = this.count++;
    this.boosts.forEach((_, f) => {
      const { terms, freqs } = fields[f] ?? countTerms([]);
      this.lengths[f]![doc] = terms.length;
      this.averages[f] = (this.averages[f]! * doc + terms.length) / (doc + 1);
      const postings = this.postings[f]!;
      terms.forEach((term, i) => {
        const posting = postings.get(term);
        if (posting) posting.push(doc, freqs[i]!);
        else postings.set(term, [doc, freqs[i]!]);
      });
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
    // Scores in arrays by document, not maps: the same sums in the same order, a fraction of the garbage.
    const total = new Float64Array(this.count);
    const matched = new Uint32Array(this.count);
    const perTerm = new Float64Array(this.count);
    const lastTerm = new Int32Array(this.count);
    const order: number[] = [];
    const seen: number[] = [];
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      for (let f = 0; f < this.boosts.length; f++) {
        const posting = this.postings[f]!.get(term);
        if (!posting) continue;
        const boost = this.boosts[f]!;
        const matching = posting.length / 2;
        for (let i = 0; i < posting.length; i += 2) {
          const doc = posting[i]!;
          if (lastTerm[doc] !== t + 1) {
            lastTerm[doc] = t + 1;
            seen.push(doc);
          }
          perTerm[doc] = perTerm[doc]! + boost * score(posting[i + 1]!, matching, this.count, this.lengths[f]![doc]!, this.averages[f]!);
        }
      }
      for (const doc of seen) {
        if (matched[doc] === 0) order.push(doc);
        total[doc] = total[doc]! + perTerm[doc]!;
        matched[doc]!++;
        perTerm[doc] = 0;
      }
      seen.length = 0;
    }
    const hits = order.map((doc) => ({ doc, score: total[doc]! * matched[doc]!, matched: matched[doc]! }));
    return hits.sort((a, b) => b.score - a.score);
  }
}

/** BM25+ of one term in one field of one document (MiniSearch's `calcBM25Score`). */
function score(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}
