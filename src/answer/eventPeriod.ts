import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';
import type { OverviewFact } from '../model/overviewFact';
import type { Question } from './Question';
import { MIN_MATCH, rankFacts } from './rankFacts';
import { withoutWords } from './withoutWords';

/**
 * `서울뷰티위크 언제 열려`: when an event is held is the period line of its 행사개요 (`- 행사기간 :
 * '22. 9. 30.(금) ~ 11. 2.(수)`), with the milestone read from that line when there is one (its
 * dates at their precision). Null unless the question asks when something is held and names an
 * event that has such a line.
 */
export function eventPeriod(kb: Knowledge, q: Question): { fact: OverviewFact; milestone: Milestone | null } | null {
  const { cue } = kb.lexicon.intent('overview');
  const held = cue('held').present(q.text);
  if (held.length === 0) return null;
  const blocks = cue('eventBlocks').words;
  const periods = cue('periodLabels').words;
  const isPeriod = (f: OverviewFact) => blocks.includes(f.block) && f.parent === null && periods.some((p) => f.label.endsWith(p));
  const about = withoutWords(kb, q, held.flatMap((w) => w.split(/\s+/)));
  const top = rankFacts(kb, about, kb.match.overviews, isPeriod)[0];
  if (!top || top.score < MIN_MATCH) return null;
  return { fact: top.fact, milestone: periodMilestone(kb, top.fact) };
}

/**
 * The dated milestone read from an overview line that gives a period (its label ends with one of
 * the overview intent's `periodLabels`: `기간`, `개최기간`), or null.
 *
 * @example
 * periodMilestone(kb, fact)?.when; // { start: { date: '2022-10-10', precision: 'day' }, … }
 */
export function periodMilestone(kb: Knowledge, fact: OverviewFact): Milestone | null {
  const periods = kb.lexicon.intent('overview').cue('periodLabels').words;
  if (!periods.some((p) => fact.label.endsWith(p))) return null;
  return kb.milestones.find((m) => m.source.line === fact.source.line && m.source.docId === fact.source.docId && m.when !== null) ?? null;
}
