import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Library } from './Library';
import { compareProgram, hasChanges, type ProgramChanges } from './compareProgram';

/** What changed from one report to another, program by program. */
export interface ReportChanges {
  /** Programs both reports have, with changes. */
  changed: ProgramChanges[];
  /** Short titles of programs only the newer report has. */
  added: string[];
  /** Short titles of programs the newer report dropped. */
  dropped: string[];
  /** How many programs both reports have. */
  shared: number;
}

/**
 * Compares two reports program by program (renamed programs as one), keeping only the programs
 * that changed, and naming the programs added and dropped.
 *
 * @example
 * reportChanges(kb, 'seoul-econ-2021-09', 'seoul-econ-2022-09').dropped; // ['청년일자리 …']
 */
export function reportChanges(kb: Knowledge, beforeId: string, afterId: string): ReportChanges {
  const { library } = kb;
  const doneWords = kb.lexicon.intent('compare').cue('doneWords').words;
  const before = library.parts.get(beforeId)!;
  const after = library.parts.get(afterId)!;
  const result: ReportChanges = { changed: [], added: [], dropped: [], shared: 0 };
  for (const copies of library.programs.values()) {
    const old = copies.find((c) => c.docId === beforeId);
    const now = copies.find((c) => c.docId === afterId);
    if (!old && !now) continue;
    if (!old) result.added.push(shortTitle(now!.title));
    else if (!now) result.dropped.push(shortTitle(old.title));
    else {
      result.shared += 1;
      const changes = compareProgram(before, old.sectionId, after, now.sectionId, doneWords);
      if (hasChanges(changes)) result.changed.push(changes);
    }
  }
  return result;
}

/**
 * The two reports a program is compared across: the one named (or the program's second newest
 * report) and the program's newest report, both of the newest's office; null when only one has it.
 *
 * @example
 * reportsToCompare(kb.library, '청년취업사관학교조성운영', []); // { before: 2021's copy, after: 2022's copy }
 */
export function reportsToCompare(library: Library, key: string, named: readonly string[]): { before: { docId: string; sectionId: string }; after: { docId: string; sectionId: string } } | null {
  const all = library.programs.get(key) ?? [];
  const office = library.parts.get(all[0]?.docId ?? '')?.meta.office;
  const copies = all.filter((c) => library.parts.get(c.docId)?.meta.office === office);
  const asked = copies.filter((c) => named.includes(c.docId));
  // Two reports named: the older against the newer of them.
  if (asked.length >= 2) return { before: asked[asked.length - 1]!, after: asked[0]! };
  const after = copies[0];
  const before = asked[0] && asked[0] !== copies[0] ? asked[0] : copies[1];
  return after && before ? { before, after } : null;
}
