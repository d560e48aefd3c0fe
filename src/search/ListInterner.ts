const SMALL = 2 ** 20;

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
  private readonly lists = new Map<string, number[]>();
  /** Lists of one or two small numbers (most of them), by a number made of them: cheaper than a text key. */
  private readonly short = new Map<number, number[]>();

  /** The shared list equal to `list`. */
  intern = (list: readonly number[]): number[] => {
    const [a, b] = list;
    if (list.length <= 2 && a! >= 0 && a! < SMALL && (b === undefined || (b >= 0 && b < SMALL))) {
      const key = list.length === 1 ? -1 - a! : a! * SMALL + b!;
      let found = this.short.get(key);
      if (!found) this.short.set(key, (found = list.slice()));
      return found;
    }
    const key = list.join(',');
    let found = this.lists.get(key);
    if (!found) this.lists.set(key, (found = list.slice()));
    return found;
  };
}
