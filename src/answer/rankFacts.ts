import type { Knowledge } from '../knowledge/Knowledge';
import { shortTitle } from '../facts/shortTitle';
import { escapeRegExp } from '../text/escapeRegExp';
import { hangulOnly, placeStem } from '../text/grammar';
import { cachedHaystack, contains, coverage, gramsOf, type Haystack, hardWords, haystackFor, matchTerms } from './matchScore';
import type { Question } from './Question';

/** A fact with how well it matches the question's topic. */
export interface Ranked<T> {
  fact: T;
  score: number;
  /** The score from the names alone, before the search index's tie-break. */
  base: number;
}

const programNames = new WeakMap<Knowledge, Map<string, string>>();

/** Everything a fact can be called by: its own name plus its program's (and parent program's) titles. */
export function namesOf(kb: Knowledge, programId: string | null, ...own: string[]): string {
  let cache = programNames.get(kb);
  if (!cache) programNames.set(kb, (cache = new Map()));
  const key = programId ?? '';
  let titles = cache.get(key);
  if (titles === undefined) {
    titles = programTitles(kb, programId);
    cache.set(key, titles);
  }
  return [...own, titles].join(' ');
}

function programTitles(kb: Knowledge, programId: string | null): string {
  const names: string[] = [];
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
export function rankFacts<T extends { programId: string | null; source: { sectionId: string } }>(
  kb: Knowledge,
  question: Question,
  facts: T[],
  nameOf: (fact: T) => string,
): Ranked<T>[] {
  const topics = topicsOf(kb, question);
  const programBoost = new Map<string, number>();
  kb.index.search(question.topic, { limit: 5 }).forEach((hit, rank) => {
    if (hit.section.programId && !programBoost.has(hit.section.programId)) programBoost.set(hit.section.programId, 0.05 * (5 - rank));
  });
  const ranked: Ranked<T>[] = [];
  for (const fact of facts) {
    const names = haystackFor(`${nameOf(fact)} ${namesOf(kb, fact.programId)}`);
    let base = 0;
    for (const topic of topics) base = Math.max(base, topicScore(kb, topic, names, fact.source.sectionId));
    ranked.push({ fact, base, score: base + (base > 0 ? (programBoost.get(fact.programId ?? '') ?? 0) : 0) });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Every word that names something must be in the fact's names (부산 청년취업사관학교 is not the
 * Seoul one); a place or department word may instead be in the section the fact is written in
 * (`태봉로에 짓는 AI지원센터`, `구로 G밸리`).
 */
function topicScore(kb: Knowledge, topic: Topic, names: Haystack, sectionId: string): number {
  let named = 0;
  let total = 0;
  for (const word of topic.required) {
    if (contains(word, names)) {
      const grams = gramsOf(word);
      total += grams.length;
      for (const g of grams) if (names.terms.has(g)) named++;
    } else if (!placeWordsOf(kb).has(word) || !contains(word, sectionHaystack(kb, sectionId))) {
      return 0;
    }
  }
  // Mostly how fully the fact's names hold the words the question names; a little for the rest
  // of the question (`출자` ranks 市 출자액 first among a fund's figures).
  return 0.8 * (total ? named / total : 1) + 0.2 * coverage(topic.terms, names.terms);
}

const EMPTY: Haystack = { terms: new Set(), words: [], wordGrams: [], syllables: new Set() };

/** The haystack of the section a fact is written in. */
export function sectionHaystack(kb: Knowledge, sectionId: string): Haystack {
  const section = kb.sectionById.get(sectionId);
  return section ? cachedHaystack(section, () => `${section.path.join(' ')} ${section.normText}`) : EMPTY;
}

const placeWords = new WeakMap<Knowledge, Set<string>>();

/**
 * Words that say where or under whom, not what: every word of the report's addresses (with
 * 구/동/로 and without: `구로구` → `구로`), and its departments.
 */
function placeWordsOf(kb: Knowledge): Set<string> {
  let words = placeWords.get(kb);
  if (!words) {
    words = new Set(kb.headcounts.map((h) => h.department));
    for (const location of kb.locations) {
      for (const word of location.address.split(/[\s,()/·]+/)) {
        const hangul = hangulOnly(word);
        if (hangul.length < 2) continue;
        words.add(hangul);
        const stem = placeStem(hangul);
        if (stem) words.add(stem);
      }
    }
    placeWords.set(kb, words);
  }
  return words;
}

/** The question's topic as typed and with short names expanded: terms to cover, words required. */
export function topicsOf(kb: Knowledge, question: Question): Topic[] {
  let topics = topicCache.get(question);
  if (!topics) {
    topics = computeTopics(kb, question);
    topicCache.set(question, topics);
  }
  return topics;
}

/** What a question is about, in one of its readings: terms to cover and words required. */
export interface Topic {
  text: string;
  terms: Set<string>;
  required: string[];
}

const topicCache = new WeakMap<Question, Topic[]>();

function computeTopics(kb: Knowledge, question: Question): Topic[] {
  // A department named beside a program (`미디어콘텐츠산업과 서울큐브`) says who, not what.
  const withoutDepartment = (t: string) => (question.department ? t.replace(new RegExp(`${escapeRegExp(question.department)}\\S*`, 'g'), ' ').trim() : t);
  const texts = [...new Set([question.topic, question.typedTopic].map(withoutDepartment))].filter(Boolean);
  return texts.map((text) => {
    return { text, terms: matchTerms(text), required: hardWords(text, kb.lexicon, kb.vocabulary) };
  });
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
