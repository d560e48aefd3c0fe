import type { Knowledge } from '../knowledge/Knowledge';
import { shortTitle } from '../facts/shortTitle';
import { coverage, EMPTY_HAYSTACK, type Haystack } from './haystack';
import { contains, matchTerms } from './matchScore';
import { districtStem } from '../text/grammar';
import { candidateCards, type CardSet } from './cardSet';
import type { Card } from './matchState';
import type { Question } from './Question';
import type { Topic } from './topics';

export type { Topic } from './topics';

/** A fact with how well it matches the question's topic. */
export interface Ranked<T> {
  fact: T;
  score: number;
  /** The score from the names alone, before the search index's tie-break. */
  base: number;
}

/** The question's topics (computed once, when the question was read). */
export function topicsOf(_kb: Knowledge, question: Question): Topic[] {
  return question.topics;
}

/**
 * Ranks facts by how much of the question's topic their names cover; the sections the search
 * index ranks highest break ties, so `영등포 캠퍼스 주소` prefers the 청년취업사관학교 campus. Only
 * the cards holding a term of every named word are scored (`candidateCards`), and of those only
 * the ones `keep` keeps. Facts that match nothing are left out.
 */
export function rankFacts<T extends { programId: string | null; source: { sectionId: string } }>(
  kb: Knowledge,
  question: Question,
  set: CardSet<T>,
  keep: (fact: T) => boolean = () => true,
): Ranked<T>[] {
  const elsewhere = (word: string) => kb.match.placeWords.has(word);
  const seen = new Set<Card<T>>();
  for (const topic of question.topics) for (const card of candidateCards(set, topic.named, elsewhere)) if (keep(card.fact)) seen.add(card);
  if (seen.size === 0) return [];
  const ranked: Ranked<T>[] = [];
  for (const { fact, names, context, lead } of seen) {
    let base = 0;
    for (const topic of question.topics) base = Math.max(base, topicScore(kb, topic, names, [context, lead], fact.source.sectionId));
    if (base > 0) ranked.push({ fact, base, score: base });
  }
  // The search index breaks ties between programs only: with one program matched, it has nothing to say.
  if (new Set(ranked.map((r) => r.fact.programId)).size > 1) {
    const programBoost = new Map<string, number>();
    question.sectionHits(question.topic, 5).forEach((hit, rank) => {
      if (hit.section.programId && !programBoost.has(hit.section.programId)) programBoost.set(hit.section.programId, 0.05 * (5 - rank));
    });
    for (const r of ranked) r.score += programBoost.get(r.fact.programId ?? '') ?? 0;
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Every word that names something must be in the fact's names (부산 청년취업사관학교 is not the
 * Seoul one); a place or department word may instead be in the section the fact is written in
 * (`태봉로에 짓는 AI지원센터`, `구로 G밸리`), and any other word of the report on the fact's own
 * line or the bullets above it, or whole in its program's lead sentence, for half the credit
 * (`베트남 테크트레이드센터`, `서울애니메이션센터 재건축 총사업비`).
 */
function topicScore(kb: Knowledge, topic: Topic, names: Haystack, context: readonly Haystack[], sectionId: string): number {
  let named = 0;
  let total = 0;
  for (const word of topic.named) {
    // `강서구에 생기는 청년취업사관학교`: the campus the report calls by the district (`강서`).
    const district = kb.match.placeWords.has(word.text) ? districtStem(word.text) : null;
    if (district && [...matchTerms(district)].every((g) => names.terms.has(g))) {
      total += 1;
      named += 1;
    } else if (contains(word, names)) {
      total += word.grams.length;
      for (const g of word.grams) if (names.terms.has(g)) named++;
    } else if (kb.match.placeWords.has(word.text) && (contains(word, sectionHaystack(kb, sectionId)) || contains(word, programPlaces(kb, sectionId)))) {
      continue;
    } else if (kb.vocabulary.has(word.text) && context.some((haystack) => contains(word, haystack))) {
      total += word.grams.length;
      named += word.grams.length / 2;
    } else {
      return 0;
    }
  }
  // Mostly how fully the fact's names hold the words the question names; a little for the rest
  // of the question (`출자` ranks 市 출자액 first among a fund's figures).
  return 0.8 * (total ? named / total : 1) + 0.2 * coverage(topic.terms, names.terms);
}

/** The addresses of the program a section belongs to (`DDP 디자인장터 내` for every fact of 뷰티복합문화공간). */
function programPlaces(kb: Knowledge, sectionId: string): Haystack {
  return kb.match.programPlaces.get(kb.sectionById.get(sectionId)?.programId ?? '') ?? EMPTY_HAYSTACK;
}

/** The haystack of the section a fact is written in. */
export function sectionHaystack(kb: Knowledge, sectionId: string): Haystack {
  return kb.match.sections.get(sectionId)?.haystack ?? EMPTY_HAYSTACK;
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
