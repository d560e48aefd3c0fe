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
  let best: { concept: string; length: number } | null = null;
  for (const [concept, words] of Object.entries(concepts)) {
    for (const word of [concept, ...words]) {
      if (label.endsWith(word) && (!best || word.length > best.length)) best = { concept, length: word.length };
    }
  }
  return best?.concept ?? null;
}

/**
 * Each overview fact's label concept, by the lexicon's overview kinds (built once per load).
 *
 * @example
 * overviewConceptsOf(kb.overviews, kb.lexicon).get(fact); // '장소'
 */
export function overviewConceptsOf(facts: readonly OverviewFact[], lexicon: Lexicon): Map<OverviewFact, string | null> {
  const concepts: LabelConcepts = Object.fromEntries(lexicon.intent('overview').kinds.map((k) => [k.kind, k.cue.words.map(compactText)]));
  return new Map(facts.map((f) => [f, labelConcept(f.label, concepts)]));
}
