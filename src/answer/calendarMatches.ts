import type { AskedPeriod } from '../dates/askedPeriod';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';
import { intervalSpan } from '../dates/intervalSpan';
import { inPeriod } from './inPeriod';
import { contains, type Haystack, type NamedWord } from './matchScore';
import { compactText } from './compactText';

/** What a calendar question asks for besides its period. */
export interface CalendarAsk {
  period: AskedPeriod;
  /** Events one of which the milestone's label must name (`개관`, `완공`); empty: any. */
  events: readonly string[];
  /** Events preferred when some milestones name them (`열리는`: 개관 if any), else any. */
  preferred: readonly string[];
  /** `끝나는`: the milestone's period must end in the one asked; `시작하는`: begin in it. */
  edge: 'end' | 'start' | null;
  /** Words that name what is asked about (`청년취업사관학교`, `노들섬`); empty: anything. */
  named: readonly NamedWord[];
  /** The programs of the department asked about (`국제협력 쪽 10월 일정`); null: any program. */
  programs?: ReadonlySet<string> | null;
  /**
   * The kind of event asked (`해외 행사`): the words asked (`해외`, said by a milestone's names or
   * line, as a named word is) and the words a milestone's own label says it by (`싱가포르`, `글로벌`;
   * lower case, no spaces). Empty: any kind.
   */
  kinds?: { asked: readonly NamedWord[]; labelWords: readonly string[] };
  /** Whether the named words and the kind are alternatives (`국제 행사나 총회`): any one of them will do. */
  either?: boolean;
  /** Named words that are places (`뉴욕`, `바젤`): a milestone must say every one, however many other words it says. */
  places?: readonly NamedWord[];
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
  const ofPrograms = (programId: string | null) => !ask.programs || (programId !== null && ask.programs.has(programId));
  const dated = kb.match.milestones.cards.filter((c) => ofPrograms(c.fact.programId) && inPeriod(c.fact, ask.period, ask.edge));
  const named = (events: readonly string[]) => dated.filter((c) => events.some((e) => namesEvent(c.fact.label, e)));
  const preferred = ask.preferred.length ? named(ask.preferred) : [];
  const withEvent = ask.events.length ? named(ask.events) : preferred.length ? preferred : dated;
  const kinds = ask.kinds ?? { asked: [], labelWords: [] };
  const sayer = (names: Haystack, context: Haystack) => (w: NamedWord) => contains(w, names) || contains(w, context);
  // The kind is said by the milestone itself (`아랍에미리트 GITEX 투자유치 설명회`), or as asked (`해외`) by its names.
  const saysKind = (m: Milestone, said: (w: NamedWord) => boolean) => {
    const label = kinds.labelWords.length ? compactText(m.label).toLowerCase() : '';
    return kinds.labelWords.some((k) => label.includes(k)) || kinds.asked.some(said);
  };
  const ofKind = (m: Milestone, said: (w: NamedWord) => boolean) => kinds.asked.length === 0 || saysKind(m, said);
  if (ask.named.length === 0) return insideFirst(withEvent.filter((c) => ofKind(c.fact, sayer(c.names, c.context))).map((c) => c.fact), ask.period);
  const scored = withEvent.map(({ fact: m, names, context }) => {
    const said = sayer(names, context);
    // `뉴욕이랑 우호도시 협정`: 바젤's 우호도시협정 says most of the words, never the place.
    if (ask.places?.some((place) => !said(place))) return { m, share: 0 };
    // `국제 행사나 총회`: either will do; `해외에서 개최하는 투자유치`: the kind and the named words.
    if (ask.either) return { m, share: Number(ask.named.some(said) || (kinds.asked.length > 0 && saysKind(m, said))) };
    return { m, share: ofKind(m, said) ? ask.named.filter(said).length / ask.named.length : 0 };
  });
  const best = Math.max(0, ...scored.map((s) => s.share));
  return best >= 0.5 ? insideFirst(scored.filter((s) => s.share > 0 && s.share >= best / 2).map((s) => s.m), ask.period) : [];
}

/**
 * Whether a label names an event: the word itself, not a counter that spells it (`착공 2개소`
 * names 착공, not 개소).
 *
 * @example
 * namesEvent('청년일자리 매칭강화 전담창구 개소', '개소'); // true
 * namesEvent('착공 2개소', '개소');                       // false
 */
export function namesEvent(label: string, event: string): boolean {
  for (let at = label.indexOf(event); at >= 0; at = label.indexOf(event, at + 1)) {
    if (!/\d/.test(label[at - 1] ?? '')) return true;
  }
  return false;
}

/** Milestones wholly inside the period before those that only overlap it (`다음 주` lists its days' events first). */
function insideFirst(found: Milestone[], period: { from: string; to: string }): Milestone[] {
  const inside = (m: Milestone) => {
    const span = m.when && intervalSpan(m.when);
    return span !== null && span.from >= period.from && span.to <= period.to;
  };
  return [...found.filter(inside), ...found.filter((m) => !inside(m))];
}
