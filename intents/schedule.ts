import { ambiguous, answerOf, citationOf } from '../src/answer/compose';
import { MIN_MATCH, rankFacts, tiedPrograms } from '../src/answer/rankFacts';
import { coverage, matchTerms } from '../src/answer/matchScore';
import { shortTitle } from '../src/facts/shortTitle';
import type { Milestone } from '../src/model/milestone';
import { DatePrecision } from '../src/model/datePoint';
import { intervalSpan } from '../src/dates/intervalSpan';
import { describeStatus, describeWhen } from '../src/render/describeFact';
import { MESSAGES } from '../src/answer/messages';
import type { Intent } from './Intent';
import { withoutConditions } from '../src/text/grammar';
import type { Question } from '../src/answer/Question';
import { periodOf } from '../src/answer/periodOf';
import { scheduleScope } from '../src/answer/scheduleScope';
import { compactText } from '../src/answer/compactText';
import type { Knowledge } from '../src/knowledge/Knowledge';

function listPlans(q: Question, program: string, planned: Milestone[]) {
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
  // `준공된 곳 몇 개` counts; it does not ask when (the lexicon's `unless`).
  // `다음 달에 하는 거 맞아?` asks when too: a period with a yes/no or when word.
  detect(q, kb) {
    const calendar = kb.lexicon.intent('calendar');
    const asksWhen = calendar.cue('when').test(q.text);
    // `컨퍼런스 개최 장소가 어디입니까?` asks where, not when: never answered with a date.
    if (!asksWhen && calendar.cue('where').test(q.text)) return false;
    // `완공되면 운영은 누가 맡아?`: an event in a condition says when, it is not asked about.
    return kb.lexicon.intent('schedule').asks(withoutConditions(q.text)) || (asksWhen && periodOf(kb, q) !== null);
  },
  answer(kb, asked) {
    // `다음 달에 …`: only that period's milestones, the period's words no longer part of the topic.
    const { question: q, keep } = scheduleScope(kb, asked);
    const words = kb.lexicon.intent('schedule');
    // `서울큐브 언제 열어` asks for an opening; `컨퍼런스 몇일에 열려요`, a held thing asked when, for
    // when it is held (`… 어디서 열려` asks where: never answered with a date).
    const asksWhen = kb.lexicon.intent('calendar').cue('when').test(q.text) || words.cue('day').test(q.text);
    const held = asksWhen && kb.lexicon.intent('calendar').cue('heldThings').test(q.text);
    const opening = words.cue('opening').test(q.text) ? words.cue(held ? 'heldEvents' : 'openingEvents').words : [];
    // 완공 or 준공: the report writes either for a building's completion (the calendar intent's `completion`).
    const completion = kb.lexicon.intent('calendar').cue('completion').words;
    const named = [...words.cue('events').present(q.text), ...opening];
    const events = named.some((e) => completion.includes(e)) ? [...new Set([...named, ...completion])] : named;
    const dated = kb.milestones.filter(keep);
    const ranked = rankFacts(kb, q, kb.match.milestones, keep);
    // `향후계획`, `일정`: the program's plans, in order, rather than one best-named milestone.
    // Not when the best milestone names what the question names beyond its program (`AI 컨퍼런스 일정`).
    if (words.cue('plans').test(q.text) && events.length === 0 && ranked[0] && ranked[0].score >= MIN_MATCH && !namesOwnEvent(kb, q, ranked[0].fact)) {
      const program = ranked[0].fact.programId;
      const planned = dated.filter((m) => m.programId === program && m.status === 'planned');
      if (planned.length) return listPlans(q, shortTitle(kb.sectionById.get(program ?? '')?.title ?? planned[0]!.owner), planned);
    }
    const hasEvent = (m: Milestone) => events.some((e) => m.label.includes(e));
    // `완공 언제?` names no program: offer the programs that have that event.
    if (events.length && q.topics.every((t) => t.required.length === 0)) {
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
    if (withEvent.length === 0 && events.some((e) => words.cue('strictEvents').words.includes(e))) return null;
    // `시설 개관` answers "when does it open" better than `개관 준비`, the building's 준공 better
    // than a design contract's (`설계보완 용역 준공`).
    const fit = (label: string) => Number(events.some((e) => label.endsWith(e))) - Number(words.cue('preparatory').test(label));
    // On a tie, the milestone whose own label says most of what was asked.
    const topic = matchTerms(q.topic);
    const said = (m: Milestone) => coverage(topic, matchTerms(m.label));
    // `정확히 며칠`: a milestone dated to the day answers it, not one dated to the month.
    const day = (m: Milestone) => Number(words.cue('day').test(q.text) && m.when?.start?.precision === 'day');
    // No event named (`추계 서울패션위크 기간`, `… 언제`): the event's own period (`개최기간`) before a part of it.
    const ownPeriod = (m: Milestone) => Number(events.length === 0 && words.cue('ownPeriod').words.some((w) => m.label.replace(/\s+/g, '').endsWith(w)));
    const best = (withEvent.length ? withEvent : near).sort(
      (a, b) =>
        day(b.fact) - day(a.fact) || finer(a.fact, b.fact) || b.score - a.score || ownPeriod(b.fact) - ownPeriod(a.fact) || said(b.fact) - said(a.fact) || fit(b.fact.label) - fit(a.fact.label) || a.fact.source.line - b.fact.source.line,
    );
    const main = best[0]!.fact;
    // Alongside: the same event elsewhere in the program (every campus opening), or, for a
    // general question, what the program still plans.
    const others = (events.length ? best.slice(1).map((r) => r.fact) : dated.filter((m) => m.status === 'planned' && m.owner === main.owner))
      .filter((m) => m !== main && m.programId === main.programId)
      .slice(0, 6);
    const line = (m: typeof main) => `${m.label}: ${describeWhen(m)} (${describeStatus(m, q.asOf)})`;
    // The date as the report writes it too, for finding it in the report.
    const asWritten = main.when ? ` ${MESSAGES.asWritten(main.raw)}` : '';
    return answerOf(q, 'schedule', {
      headline: `${main.owner} — ${line(main)}${asWritten}`,
      // A detail from another facility of the program says whose it is; one of an event the question
      // names too (`착공·준공`) gives its date as written as well.
      details: others.map((m) => `${m.owner === main.owner ? '' : `${m.owner} — `}${line(m)}${events.some((e) => m.label.endsWith(e)) && m.when ? ` ${MESSAGES.asWritten(m.raw)}` : ''}`),
      subject: main.owner,
      fields: [main, ...others].map((m) => ({ label: m.label.slice(0, 40), value: `${describeWhen(m)} · ${describeStatus(m, q.asOf)}` })),
      citations: [citationOf(main.source), ...others.map((m) => citationOf(m.source))],
    });
  },
};

/**
 * The same event written twice, in a summary line and in its plan (`… 국제컨퍼런스 개최('22.9)`,
 * `… 국제 컨퍼런스 개최 : '22. 9.29.`): the one dated more finely first (negative when `a` is).
 */
function finer(a: Milestone, b: Milestone): number {
  const [x, y] = [compactText(a.label), compactText(b.label)];
  const [p, q] = [a.when && intervalSpan(a.when), b.when && intervalSpan(b.when)];
  // Only dates of one time: the finer inside the coarser.
  if (!p || !q || !a.when?.start || !b.when?.start || !(x.endsWith(y) || y.endsWith(x)) || p.from > q.to || q.from > p.to) return 0;
  return DatePrecision.options.indexOf(a.when.start.precision) - DatePrecision.options.indexOf(b.when.start.precision);
}

/** Whether a milestone's label says a word of the question its program's title does not (`컨퍼런스`). */
function namesOwnEvent(kb: Knowledge, q: Question, milestone: Milestone): boolean {
  const title = compactText(kb.sectionById.get(milestone.programId ?? '')?.title ?? milestone.owner).toLowerCase();
  const label = compactText(milestone.label).toLowerCase();
  return (q.topics[0]?.required ?? []).some((word) => word.length >= 2 && !title.includes(word) && label.includes(word));
}
