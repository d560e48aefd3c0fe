import type { Knowledge } from '../knowledge/Knowledge';
import { shortTitle } from '../facts/shortTitle';
import { vocabularyOf } from './vocabularyOf';
import { containsAll, coverage, hardWords, matchTerms } from './matchScore';
import type { Question } from './Question';

/** A fact with how well it matches the question's topic. */
export interface Ranked<T> {
  fact: T;
  score: number;
  /** The score from the names alone, before the search index's tie-break. */
  base: number;
}

/** Everything a fact can be called by: its own name plus its program's (and parent program's) titles. */
export function namesOf(kb: Knowledge, programId: string | null, ...own: string[]): string {
  const names = [...own];
  let id = programId;
  while (id) {
    const section = kb.sectionById.get(id);
    if (!section) break;
    if (section.kind === 'program' || section.kind === 'item') names.push(shortTitle(section.title));
    id = section.parentId;
  }
  return names.join(' ');
}

/**
 * Ranks facts by how much of the question's topic their names cover; the sections the search
 * index ranks highest break ties, so `영등포 캠퍼스 주소` prefers the 청년취업사관학교 campus.
 */
export function rankFacts<T extends { programId: string | null }>(
  kb: Knowledge,
  question: Question,
  facts: T[],
  nameOf: (fact: T) => string,
): Ranked<T>[] {
  const topics = topicsOf(kb, question);
  const hits = kb.index.search(question.topic, { limit: 5 });
  const programBoost = new Map<string, number>();
  hits.forEach((hit, rank) => {
    if (hit.section.programId && !programBoost.has(hit.section.programId)) programBoost.set(hit.section.programId, 0.05 * (5 - rank));
  });
  return facts
    .map((fact) => {
      const names = cachedTerms(fact, () => `${nameOf(fact)} ${namesOf(kb, fact.programId)}`);
      // Every word that names something must be there: 부산 청년취업사관학교 is not the Seoul one.
      const base = Math.max(...topics.map((t) => (containsAll(t.required, names) ? coverage(t.terms, names) : 0)));
      return { fact, base, score: base + (base > 0 ? (programBoost.get(fact.programId ?? '') ?? 0) : 0) };
    })
    .sort((a, b) => b.score - a.score);
}

const termsByFact = new WeakMap<object, Set<string>>();

/** A fact's name terms, computed once: facts never change, a reload makes new ones. */
function cachedTerms(fact: object, text: () => string): Set<string> {
  let terms = termsByFact.get(fact);
  if (!terms) {
    terms = matchTerms(text());
    termsByFact.set(fact, terms);
  }
  return terms;
}

/** The question's topic as typed and with short names expanded: terms to cover, words required. */
export function topicsOf(kb: Knowledge, question: Question): { text: string; terms: Set<string>; required: string[] }[] {
  const texts = [...new Set([question.topic, question.typedTopic])].filter(Boolean);
  return texts.map((text) => ({ text, terms: matchTerms(text), required: hardWords(text, vocabularyOf(kb)) }));
}

/** The minimum topic coverage for a fact to count as what the question asked about. */
export const MIN_MATCH = 0.6;

/**
 * When the best matches by name belong to different programs, the question did not say which
 * one it means: the candidates to offer, one per program (empty when it is clear).
 */
export function tiedPrograms<T extends { programId: string | null }>(
  kb: Knowledge,
  ranked: Ranked<T>[],
  nameOf: (fact: T) => string,
): { title: string; context: string; fact: T }[] {
  const best = Math.max(0, ...ranked.map((r) => r.base));
  if (best < MIN_MATCH) return [];
  const byProgram = new Map<string, { title: string; context: string; fact: T }>();
  for (const { fact, base } of ranked) {
    if (base < best - 0.001) continue;
    const program = programOf(kb, fact.programId);
    if (byProgram.has(program)) continue;
    const name = nameOf(fact);
    const programTitle = shortTitle(kb.sectionById.get(program)?.title ?? '');
    // A short row label (`바이오`) means little without its program; the re-ask names both.
    const context = programTitle && !name.includes(programTitle) ? programTitle : '';
    byProgram.set(program, { title: name.length < 8 && context ? `${name} (${context})` : name, context, fact });
  }
  return byProgram.size > 1 ? [...byProgram.values()] : [];
}

/** The top-level program a section belongs to (an item's parent program). */
function programOf(kb: Knowledge, id: string | null): string {
  let section = id ? kb.sectionById.get(id) : undefined;
  while (section && section.kind !== 'program' && section.parentId) section = kb.sectionById.get(section.parentId);
  return section?.id ?? '';
}
