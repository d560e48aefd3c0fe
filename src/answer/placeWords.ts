import type { HeadcountFact } from '../model/headcountFact';
import type { LocationFact } from '../model/locationFact';
import { hangulOnly, placeStem } from '../text/grammar';
import type { Haystack } from './haystack';
import type { MatchShare } from './matchShare';

/**
 * Words that say where or under whom: each address's words (`구로구`, `구로`, `DDP` lower case) and
 * every department.
 *
 * @example
 * placeWords(kb.locations, kb.headcounts).has('구로'); // true
 */
export function placeWords(locations: readonly LocationFact[], headcounts: readonly HeadcountFact[]): Set<string> {
  const words = new Set(headcounts.map((h) => h.department));
  for (const location of locations) {
    for (const word of location.address.split(/[\s,()/·]+/)) {
      // `DDP`: a Latin place name counts as typed (lower case, as questions are read).
      if (/^[A-Za-z]{2,}$/.test(word)) words.add(word.toLowerCase());
      const hangul = hangulOnly(word);
      if (hangul.length < 2) continue;
      words.add(hangul);
      const stem = placeStem(hangul);
      if (stem) words.add(stem);
    }
  }
  return words;
}

/**
 * Each program's addresses in one haystack (a program with no address has none).
 *
 * @example
 * programPlaces(kb.locations, share).get(programId); // the haystack of `DDP 디자인장터 내 …`
 */
export function programPlaces(locations: readonly LocationFact[], share: MatchShare): Map<string, Haystack> {
  const byProgram = new Map<string, string[]>();
  for (const { programId, address } of locations) if (programId) byProgram.set(programId, [...(byProgram.get(programId) ?? []), address]);
  return new Map([...byProgram].map(([id, addresses]) => [id, share.text(addresses.join('\n')).haystack]));
}
