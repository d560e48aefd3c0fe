import { compactText } from './compactText';
import type { Lexicon } from '../lexicon/Lexicon';
import type { OverviewFact } from '../model/overviewFact';

/** Overview label concepts: a concept's name and the words that name it (`대상`: 대상자, 자격, 연령 …). */
export type LabelConcepts = Readonly<Record<string, readonly string[]>>;

/**
 * The concept a report label belongs to: the concept one of whose words (or its own name) the
 * label is or ends with, the longest such word deciding (`참가자격` → 대상 via 자격, `개최장소` →
 * 장소, `대상지` → 장소 via 대상지, not 대상). Null for a label no concept covers.
 *
 * @example
 * labelConcept('행사기간', { 기간: ['기간'] }); // '기간'
 */
export function labelConcept(label: string, concepts: LabelConcepts): string | null {
  return conceptOf(label, namingWords(concepts));
}

/** Every word naming a concept (the concept's own name first), with its concept. */
function namingWords(concepts: LabelConcepts): [string, string][] {
  return Object.entries(concepts).flatMap(([concept, words]) => [concept, ...words].map((word): [string, string] => [word, concept]));
}

/** `labelConcept` over words already paired with their concepts: the longest word the label ends with decides. */
function conceptOf(label: string, words: readonly [string, string][]): string | null {
  let best: [string, string] | null = null;
  for (const pair of words) if (label.endsWith(pair[0]) && (!best || pair[0].length > best[0].length)) best = pair;
  return best?.[1] ?? null;
}

/**
 * Each overview fact's label concept, by the lexicon's overview kinds (built once per load).
 *
 * @example
 * overviewConceptsOf(kb.overviews, kb.lexicon).get(fact); // '장소'
 */
export function overviewConceptsOf(facts: readonly OverviewFact[], lexicon: Lexicon): Map<OverviewFact, string | null> {
  const words = namingWords(Object.fromEntries(lexicon.intent('overview').kinds.map((k) => [k.kind, k.cue.words.map(compactText)])));
  // Facts share labels (`기간`, `장소` in every block): each label is looked up once.
  const byLabel = new Map<string, string | null>();
  for (const f of facts) if (!byLabel.has(f.label)) byLabel.set(f.label, conceptOf(f.label, words));
  return new Map(facts.map((f) => [f, byLabel.get(f.label)!]));
}
