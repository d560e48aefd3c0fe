/**
 * Equal lists of numbers held once: the postings of a term, or the cards holding a term, are the
 * same in most reports of a library (yearly reports share most sections), so the views of one
 * build share them. Lists handed out are exact-size copies and must not be changed.
 *
 * @example
 * const lists = new ListInterner();
 * lists.intern([1, 2]) === lists.intern([1, 2]); // true
 */
export class ListInterner {
  /** Lists by a hash of their numbers (equal hashes are told apart by comparing the lists). */
  private readonly buckets = new Map<number, number[] | number[][]>();
  private readonly enabled: boolean;

  /** `enabled: false` hands every list back as it is (nothing is shared). */
  constructor({ enabled = true }: { enabled?: boolean } = {}) {
    this.enabled = enabled;
  }

  /** The shared list equal to `list`. */
  intern = (list: readonly number[]): number[] => {
    // Callers replace what they passed with what comes back and never touch the original again.
    if (!this.enabled) return list as number[];
    let hash = list.length;
    for (const n of list) hash = (Math.imul(hash, 31) + n) | 0;
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) {
      const copy = list.slice();
      this.buckets.set(hash, copy);
      return copy;
    }
    // One list under a hash is stored as itself; a second turns the entry into a list of lists.
    const lists = isListOfLists(bucket) ? bucket : [bucket];
    for (const known of lists) if (sameList(known, list)) return known;
    const copy = list.slice();
    this.buckets.set(hash, [...lists, copy]);
    return copy;
  };
}

function isListOfLists(bucket: number[] | number[][]): bucket is number[][] {
  return bucket.length > 0 && Array.isArray(bucket[0]);
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
