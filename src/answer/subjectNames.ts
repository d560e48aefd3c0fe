import { shortTitle } from '../facts/shortTitle';
import type { MatchSources } from './matchState';

/**
 * Program and item titles, departments, places and every alias: what a question can name as its
 * subject (a follow-up naming one asks about it, not about the conversation's subject).
 *
 * @example
 * subjectNames(kb).includes('청년취업사관학교 조성·운영'); // true
 */
export function subjectNames(kb: Pick<MatchSources, 'sections' | 'headcounts' | 'locations' | 'aliases'>): string[] {
  return [
    ...kb.sections.filter((s) => s.kind === 'program' || s.kind === 'item').map((s) => shortTitle(s.title)),
    ...kb.headcounts.map((h) => h.department),
    ...kb.locations.map((l) => l.name),
    ...kb.aliases.aliases.flatMap((a) => [a.target, ...a.aliases]),
  ];
}
