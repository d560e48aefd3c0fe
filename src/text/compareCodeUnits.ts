/**
 * Orders two strings by their UTF-16 code units (`sort`'s own order), for a stable tie-break.
 * Hangul syllables are in dictionary order in Unicode, so Korean labels sort as a reader expects;
 * ISO dates sort by time.
 *
 * Not `localeCompare`: a process's first Intl collator costs megabytes of memory for good (ICU
 * reads every locale's data to list the available ones).
 *
 * @example
 * ['서울', '가산', '2022-11'].sort(compareCodeUnits); // ['2022-11', '가산', '서울']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
