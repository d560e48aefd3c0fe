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

  /** The shared list equal to `list`. */
  intern = (list: readonly number[]): number[] => {
    const key = list.join(',');
    let found = this.lists.get(key);
    if (!found) this.lists.set(key, (found = list.slice()));
    return found;
  };
}
