import type { Knowledge } from '../knowledge/Knowledge';
import { shortTitle } from '../facts/shortTitle';
import { vocabularyOf } from './vocabularyOf';
import { containsAll, coverage, hardWords, matchTerms } from './matchScore';
import type { Question } from './Question';

/** A fact with how well it matches the question's topic. */
export interface Ranked<T> {
  fact: T;
  score: number;
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
      return { fact, score: base + (base > 0 ? (programBoost.get(fact.programId ?? '') ?? 0) : 0) };
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
