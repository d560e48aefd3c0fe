import type { AskedPeriod } from '../dates/askedPeriod';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';
import { inPeriod } from './inPeriod';
import { contains, type NamedWord } from './matchScore';

/** What a calendar question asks for besides its period. */
export interface CalendarAsk {
  period: AskedPeriod;
  /** Events one of which the milestone's label must name (`개관`, `완공`); empty: any. */
  events: readonly string[];
  /** `끝나는`: the milestone's period must end in the one asked; `시작하는`: begin in it. */
  edge: 'end' | 'start' | null;
  /** Words that name what is asked about (`청년취업사관학교`, `노들섬`); empty: anything. */
  named: readonly NamedWord[];
}

/**
 * The dated milestones a calendar question asks for: their period overlaps the one asked (or ends
 * or begins in it), their label names the event asked, and their names, program and report line
 * (with the bullets and table header it is read under) hold the named words: the best at least
 * half of them, the others at least half as many. In report order.
 *
 * @example
 * calendarMatches(kb, { period: november2022, events: ['개관'], edge: null, named: [namedWord('청년취업사관학교')] });
 * // 용산 개관, 강동 개관, 강서 개관 ('22.11)
 */
export function calendarMatches(kb: Knowledge, ask: CalendarAsk): Milestone[] {
  const dated = kb.match.milestones.filter((c) => inPeriod(c.fact, ask.period, ask.edge));
  const withEvent = ask.events.length ? dated.filter((c) => ask.events.some((e) => c.fact.label.includes(e))) : dated;
  if (ask.named.length === 0) return withEvent.map((c) => c.fact);
  const scored = withEvent.map(({ fact: m, names, context }) => {
    const said = (w: NamedWord) => contains(w, names) || contains(w, context);
    return { m, share: ask.named.filter(said).length / ask.named.length };
  });
  const best = Math.max(0, ...scored.map((s) => s.share));
  return best >= 0.5 ? scored.filter((s) => s.share > 0 && s.share >= best / 2).map((s) => s.m) : [];
}
