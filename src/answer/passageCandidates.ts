/** The passage lines a search weighs (see `searchPassage`), and the checks made on the best of them. */
import type { Knowledge } from '../knowledge/Knowledge';
import type { Section } from '../model/section';
import { shortTitle } from '../facts/shortTitle';
import { compactText } from './compactText';
import type { NamedWord } from './matchScore';

/** A passage line that may answer: how well it fits, and that less its section's rank. */
export interface Candidate {
  section: Section;
  i: number;
  text: string;
  fit: number;
  score: number;
  /** The share of the named words (beyond the section's titles) the line says itself. */
  onLine: number;
  /** The reading of the question the line was found for (as typed, or with short names expanded). */
  about: string;
  /** The named words beyond its section's titles. */
  specific: readonly NamedWord[];
  /** Those the line says itself. */
  said: readonly NamedWord[];
  /** Whether the line is a table row. */
  row: boolean;
}

/**
 * When lines of different programs fit the question exactly as well as the best (`공정률 몇프로야`
 * names no program), the programs' short titles to ask which one; else empty.
 */
export function tiedLines(kb: Knowledge, candidates: readonly Candidate[], best: Candidate): string[] {
  const titles = new Set<string>();
  for (const c of candidates) {
    if (c.fit < best.fit - 0.001) continue;
    const program = c.section.programId ? kb.sectionById.get(c.section.programId) : undefined;
    if (program) titles.add(shortTitle(program.title));
  }
  return [...titles];
}

/** Whether a line's label (before its colon, brackets left out) is one of the words of `about`. */
export function labelledBy(text: string, about: string): boolean {
  const at = text.indexOf(':');
  if (at < 0) return false;
  const label = compactText(text.slice(0, at).replace(/\([^)]*\)/g, '')).toLowerCase();
  return label.length >= 2 && about.split(/\s+/).some((word) => compactText(word).toLowerCase() === label);
}

/**
 * `서울패션위크 주제`: the words asked split over two rows of a table (the name on one row, 주제 on
 * another event's) answer nothing: another row says a word the best leaves out, but not all it says.
 */
export function splitOverLines(candidates: readonly Candidate[], best: Candidate): boolean {
  const unsaid = best.specific.filter((w) => !best.said.includes(w));
  const elsewhere = (c: Candidate) => c !== best && c.row && c.section === best.section && c.about === best.about;
  return best.row && unsaid.length > 0 && candidates.some((c) => elsewhere(c) && unsaid.some((w) => c.said.includes(w)) && !best.said.every((w) => c.said.includes(w)));
}
