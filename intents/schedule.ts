import { ambiguous, answerOf, citationOf } from '../src/answer/compose';
import { MIN_MATCH, rankFacts, tiedPrograms, topicsOf } from '../src/answer/rankFacts';
import { coverage, matchTerms } from '../src/answer/matchScore';
import { shortTitle } from '../src/facts/shortTitle';
import type { Milestone } from '../src/model/milestone';
import { describeStatus, describeWhen } from '../src/render/describeFact';
import type { Intent } from './Intent';

const ASKS = /언제|시점|일정|개관|완공|준공|착공|개소|개최|기간|날짜|시기|오픈|열어|열려|열리|문\s*열|마감|향후\s*계획|착수|예정|몇\s*월|며칠|스케줄|끝나|시작|출범/;
/** Events whose date only that event answers. */
const STRICT_EVENTS = new Set(['완공', '준공', '착공', '개관']);
const EVENTS = ['개관', '완공', '준공', '착공', '개소', '개최', '선정', '모집', '체결', '수립', '출범', '착수', '평가', '운영'];

function listPlans(q: Parameters<Intent['answer']>[1], program: string, planned: Milestone[]) {
  const line = (m: Milestone) => `${m.label}: ${describeWhen(m)}`;
  return answerOf(q, 'schedule', {
    headline: `${program} 향후계획 (${planned.length}건)`,
    details: planned.slice(0, 6).map(line),
    subject: program,
    fields: planned.slice(0, 10).map((m) => ({ label: m.label.slice(0, 40), value: describeWhen(m) })),
    citations: planned.slice(0, 3).map((m) => citationOf(m.source)),
  });
}

/** Schedule questions: `서울큐브 언제 열어?`, `청년취업사관학교 개관`, `AI지원센터 완공`. */
export const schedule: Intent = {
  name: 'schedule',
  // `준공된 곳 몇 개` counts; it does not ask when.
  detect: (q) => ASKS.test(q.text) && !/몇\s*(?:개|곳|군데|건|명)/.test(q.text),
  answer(kb, q) {
    const opening = /열어|열려|열리|오픈|문\s*열|개관/.test(q.text) ? ['개관', '개소', '오픈'] : [];
    const events = [...EVENTS.filter((e) => q.text.includes(e)), ...opening];
    const dated = kb.milestones;
    const ranked = rankFacts(kb, q, dated, (m) => `${m.owner} ${m.label}`);
    // `향후계획`, `일정`: the program's plans, in order, rather than one best-named milestone.
    if (/향후\s*계획|추진\s*계획|일정|스케줄/.test(q.text) && events.length === 0 && ranked[0] && ranked[0].score >= MIN_MATCH) {
      const program = ranked[0].fact.programId;
      const planned = dated.filter((m) => m.programId === program && m.status === 'planned');
      if (planned.length) return listPlans(q, shortTitle(kb.sectionById.get(program ?? '')?.title ?? planned[0]!.owner), planned);
    }
    const hasEvent = (m: Milestone) => events.some((e) => m.label.includes(e));
    // `완공 언제?` names no program: offer the programs that have that event.
    if (events.length && topicsOf(kb, q).every((t) => t.required.length === 0)) {
      const byOwner = new Map<string, Milestone>();
      for (const m of dated) if (hasEvent(m) && !byOwner.has(m.owner)) byOwner.set(m.owner, m);
      if (byOwner.size > 1) return ambiguous(q, 'schedule', [...byOwner.values()].map((m) => ({ title: `${m.owner}: ${m.label}`, question: `${m.owner} ${m.label} 언제` })));
    }
    const top = ranked[0];
    if (!top || top.score < MIN_MATCH) return null;
    const tied = tiedPrograms(kb, events.length ? ranked.filter((r) => hasEvent(r.fact)) : ranked, (m) => m.owner);
    if (tied.length) return ambiguous(q, 'schedule', tied.map((t) => ({ title: t.title, question: `${t.context} ${t.fact.owner} ${t.fact.label} 언제`.trim() })));
    const near = ranked.filter((r) => r.score >= top.score - 0.15);
    const withEvent = events.length ? near.filter((r) => hasEvent(r.fact)) : [];
    // "When is it completed?" is not answered by another event's date.
    if (withEvent.length === 0 && events.some((e) => STRICT_EVENTS.has(e))) return null;
    // `시설 개관` answers "when does it open" better than `개관 준비`, the building's 준공 better
    // than a design contract's (`설계보완 용역 준공`).
    const fit = (label: string) => Number(events.some((e) => label.endsWith(e))) - Number(/용역|설계|준비/.test(label));
    // On a tie, the milestone whose own label says most of what was asked.
    const topic = matchTerms(q.topic);
    const said = (m: Milestone) => coverage(topic, matchTerms(m.label));
    const best = (withEvent.length ? withEvent : near).sort(
      (a, b) => b.score - a.score || said(b.fact) - said(a.fact) || fit(b.fact.label) - fit(a.fact.label) || a.fact.source.line - b.fact.source.line,
    );
    const main = best[0]!.fact;
    // Alongside: the same event elsewhere in the program (every campus opening), or, for a
    // general question, what the program still plans.
    const others = (events.length ? best.slice(1).map((r) => r.fact) : dated.filter((m) => m.status === 'planned' && m.owner === main.owner))
      .filter((m) => m !== main && m.programId === main.programId)
      .slice(0, 6);
    const line = (m: typeof main) => `${m.label}: ${describeWhen(m)} (${describeStatus(m, q.asOf)})`;
    return answerOf(q, 'schedule', {
      headline: `${main.owner} — ${line(main)}`,
      // A detail from another facility of the program says whose it is.
      details: others.map((m) => (m.owner === main.owner ? line(m) : `${m.owner} — ${line(m)}`)),
      subject: main.owner,
      fields: [main, ...others].map((m) => ({ label: m.label.slice(0, 40), value: `${describeWhen(m)} · ${describeStatus(m, q.asOf)}` })),
      citations: [citationOf(main.source), ...others.map((m) => citationOf(m.source))],
    });
  },
};
