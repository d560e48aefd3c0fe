/**
 * Whether two different words are one keystroke apart: a letter left out, added, changed, or two
 * neighbours swapped (`everthing` / `everything`, `startup` / `satrtup`).
 *
 * @example
 * withinOneEdit('everthing', 'everything'); // true
 * withinOneEdit('seoul', 'seoul');          // false (the same word)
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped.
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}
