import { type CalendarAsk, calendarMatches, namesEvent } from '../src/answer/calendarMatches';
import { answerOf, citationOf, notFound } from '../src/answer/compose';
import { MESSAGES } from '../src/answer/messages';
import { periodOf } from '../src/answer/periodOf';
import type { Question } from '../src/answer/Question';
import { withoutWords } from '../src/answer/withoutWords';
import { formatDateInterval } from '../src/dates/formatDateInterval';
import { intervalSpan } from '../src/dates/intervalSpan';
import { shortTitle } from '../src/facts/shortTitle';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Milestone } from '../src/model/milestone';
import { describeStatus, describeWhen } from '../src/render/describeFact';
import type { Intent } from './Intent';
import { mixedScriptWords } from '../src/text/mixedScriptWords';
import { askedCounter, isAllHangul, isRate, PLACE_COUNTERS, saysEither, stripParticle } from '../src/text/grammar';
import { namedWord } from '../src/answer/matchScore';
import { compactText } from '../src/answer/compactText';
import { compareCodeUnits } from '../src/text/compareCodeUnits';

/** Lines a calendar answer lists before `외 N건`, and milestones per line (more when only one or two programs answer). */
const MAX_LINES = 10;
const PER_LINE = 3;
const PER_LINE_FEW = 10;
/** Up to this many milestones, each date is also given as the report writes it (`[원문 '24. 3.]`). */
const AS_WRITTEN_UP_TO = 3;
const DAY = 86_400_000;

/**
 * Calendar questions across programs: what happens in a month, quarter, half or year, or in a
 * period relative to the caller's clock, optionally with an event (`22년 11월에 개관하는 곳
 * 어디?`, `내년 상반기 완공 예정인 시설`, `올해 남은 서울큐브 일정 뭐 있어?`). A question that
 * asks when (`다음 달에 하는 거 맞죠? 몇 월이에요`) is the schedule intent's, one that asks where
 * (`어디서`, `장소`) the location intent's.
 */
export const calendar: Intent = {
  name: 'calendar',
  detect(q, kb) {
    const words = kb.lexicon.intent('calendar');
    // `다음주에 하는 축제 어디서 해요?` asks where one thing is held: the location intent's.
    if (words.cue('when').test(q.text) || words.cue('where').test(q.text) || !(words.cue('which').test(q.text) || words.cue('things').test(q.text))) return false;
    // `시네마테크 23년 예산 얼마 잡혀있어` asks for money, not for what is on in 2023.
    if (kb.lexicon.intent('budget').asks(q.text)) return false;
    // `Try Everything 올해 메인 테마가 뭐예요?` asks for a field of its overview (주제), not for what is on this year;
    // a calendar question may name only some fields (the cue `overviewFields`: `11월 행사 내용`, `규모`).
    const fields = words.cue('overviewFields').words;
    if (kb.lexicon.intent('overview').kinds.some((k) => k.cue.test(q.text) && !fields.includes(k.kind))) return false;
    // `기술교육원 2023년 훈련인원 몇 명으로 계획돼 있어` asks for a count of people, not for what is on
    // in 2023 (`11월에 개관하는 곳 몇 개` still asks which places).
    // `뉴딜일자리 '22년 참여자 취업률도 나와 있나요` asks for a rate, not for what is on in 2022.
    if (q.text.split(/\s+/).some((w) => isRate(stripParticle(w.replace(/[?？.!]+$/, ''))))) return false;
    const counter = askedCounter(q.text);
    if (counter !== null && !PLACE_COUNTERS.includes(counter)) return false;
    return periodOf(kb, q) !== null;
  },
  answer(kb, q) {
    const ask = calendarAsk(kb, q);
    if (!ask) return null;
    const found = calendarMatches(kb, ask);
    const period = formatDateInterval({ start: ask.period.start, end: ask.period.end });
    // `23년 1월에 개관하는 시설`, no program named: no such event then is the answer, not a passage dated otherwise.
    // So is nothing of the department asked about (`국제협력과 23년 5월 일정`).
    // So is nothing of the kind asked (`23년 3월 해외 행사`, `다음 달 서울투자청 해외 행사`).
    // So is no facility opening its doors then (`23년 7월에 문 여는 청년 시설`), whatever it is said to be.
    const kindAsked = (ask.kinds?.asked.length ?? 0) > 0 || kb.lexicon.intent('calendar').cue('doorOpening').test(q.text);
    if (found.length === 0) return ((ask.events.length > 0 || ask.programs) && ask.named.length === 0) || kindAsked ? notFound(kb, q, 'calendar', MESSAGES.nothingInPeriod(period, ask.events[0] ?? q.department ?? ask.kinds?.asked[0]?.text ?? '')) : null;
    const event = ask.events[0] ?? (found.every((m) => ask.preferred.some((e) => namesEvent(m.label, e))) ? (ask.preferred[0] ?? '') : '');
    const lines = linesByProgram(kb, found, q.asOf, ask.period, found.length <= AS_WRITTEN_UP_TO);
    const shown = lines.slice(0, MAX_LINES);
    const left = lines.slice(MAX_LINES).reduce((n, l) => n + l.count, 0);
    return answerOf(q, 'calendar', {
      headline: MESSAGES.calendarHeadline(period, event, found.length),
      details: [...shown.map((l) => l.text), ...(left ? [MESSAGES.more(left)] : [])],
      maxDetails: MAX_LINES + 1,
      maxLength: 2000,
      fields: found.slice(0, 10).map((m) => ({ label: `${m.owner.slice(0, 30)} · ${m.label.slice(0, 30)}`, value: `${describeWhen(m)} · ${describeStatus(m, q.asOf)}` })),
      citations: found.slice(0, 3).map((m) => citationOf(m.source)),
    });
  },
};

/** The longest owner of a milestone read as a facility's name (`AI지원센터`), not a sub-heading of its program. */
const FACILITY_NAME = 15;

/** The period, events, edge and named words of a calendar question. */
function calendarAsk(kb: Knowledge, q: Question): CalendarAsk | null {
  const period = periodOf(kb, q);
  if (!period) return null;
  const words = kb.lexicon.intent('calendar');
  const schedule = kb.lexicon.intent('schedule');
  const opening = schedule.cue('opening').present(q.text);
  const asked = schedule.cue('events').present(q.text);
  // 완공 or 준공: the report writes either for a building's completion.
  const completion = words.cue('completion');
  const completes = asked.some((e) => completion.words.includes(e));
  const events = completes ? [...asked, ...completion.words] : asked;
  const ending = words.cue('ending').present(q.text);
  const starting = words.cue('starting').present(q.text);
  // `해외 행사`, `국제행사`: a kind of event, said by any of its words (a country, 글로벌), not a word to find.
  const abroad = words.cue('abroad').present(q.text);
  const kinds = { asked: abroad.map((w) => namedWord(w, kb.vocabulary.has(w))), labelWords: abroad.length ? words.cue('abroadWords').words.map((w) => compactText(w).toLowerCase()) : [] };
  const asking = [...period.words, ...events, ...opening, ...ending, ...starting, ...words.cue('which').present(q.text), ...words.cue('things').present(q.text), ...abroad];
  const about = withoutWords(kb, q, asking.flatMap((w) => w.split(/\s+/)).filter((w) => w.length >= 1));
  // `국제협력 쪽 10월 일정`: a department named is the programs its duties name, not a word of their milestones.
  const programs = q.department ? (kb.match.departmentPrograms.get(q.department) ?? null) : null;
  // A department whose duties name no program of the report: what it runs is not known, so not a calendar of everything.
  if (q.department && !programs) return null;
  const pattern = programs ? kb.match.departments.find((d) => d.name === q.department) : undefined;
  const named = (about.topics[0]?.named ?? []).filter((w) => !pattern || !(pattern.full.test(w.text) || pattern.stems.some((stem) => stem.test(w.text))));
  // `열리는`: a facility opening or an event being held, so a preference, not a filter.
  // A held thing (`열리는 행사`) is being held, never a facility opening.
  const openingEvents = opening.length && asked.length === 0 && !words.cue('heldThings').test(q.text) ? schedule.cue('openingEvents').words : [];
  // `문 여는 시설`: a door opening is a facility opening, a filter (never a range the month falls in).
  const doors = openingEvents.length && words.cue('doorOpening').test(q.text) ? openingEvents : [];
  // A completion ends its span (`공사 착수 및 준공 : '22.12.~'25.11.` is completed in '25.11).
  const edge = ending.length || (completes && !starting.length) ? 'end' : starting.length ? 'start' : null;
  // `참가나 개최 일정`: events that are alternatives are named words, any one of which will do.
  const either = saysEither(q.text, (w) => kb.vocabulary.has(w.toLowerCase()));
  const alternatives = either ? [...named, ...events.map((e) => namedWord(e, true))] : named;
  // A city or a country named (`뉴욕`) is what the milestone must be about, not one word among several.
  // The kind's own words (`국제`, `global`) are a kind, not a place.
  const kindWords = new Set([...words.cue('abroad').words, ...words.cue('abroadWords').words.filter((w) => /^[a-z]+$/i.test(w))]);
  const isPlace = (w: string) => !kindWords.has(w) && (kb.lexicon.intent('location').cue('cities').test(w) || words.cue('abroadWords').words.includes(w));
  // A long word the reports do not write (`크리스마스 마켓`) is as much what is asked: a milestone must say it too.
  // (Neither it nor the words it starts or ends with: `국제행사나` is 국제 행사.)
  const unknown = (w: string) => w.length >= 4 && isAllHangul(w) && ![w, stripParticle(w), w.slice(0, 2), stripParticle(w).slice(-2)].some((part) => kb.vocabulary.has(part));
  // A name written in two scripts (`e스포츠`, `AI지원센터`) is a name the milestone must say as written.
  // (`바이오·AI 쪽`, two things joined by a dot, is a kind of thing, not one name.)
  const mixed = mixedScriptWords(q.text.split(/\s+/).filter((w) => !/[·ㆍ•/,]/.test(w)).join(' ')).map((w) => namedWord(w, kb.vocabulary.has(w)));
  const places = [...named.filter((w) => isPlace(w.text) || unknown(w.text)), ...mixed];
  return { period, events: either ? [] : [...new Set([...events, ...doors])], preferred: openingEvents, edge, named: alternatives, programs, kinds, either, places };
}

/**
 * One line per program (its first three milestones, or ten when one or two programs answer; those most inside the period first, then by date,
 * each with when and status, then `외 N건`); programs ranked by their milestone most inside it.
 */
function linesByProgram(kb: Knowledge, found: Milestone[], asOf: string, period: { from: string; to: string }, asWritten: boolean): { text: string; count: number }[] {
  const groups = new Map<string, Milestone[]>();
  for (const m of found) {
    const key = m.programId ?? m.owner;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  // How much of a milestone's span lies in the period: 1 when wholly inside; for `11월 3일`, an event
  // on 11.3.~11.4. (½) before one dated only to November (1/30).
  const share = (m: Milestone) => {
    const span = m.when && intervalSpan(m.when);
    if (!span || span.to < span.from) return 0;
    const overlap = Date.parse(span.to < period.to ? span.to : period.to) - Date.parse(span.from > period.from ? span.from : period.from);
    return Math.max(0, overlap + DAY) / (Date.parse(span.to) - Date.parse(span.from) + DAY);
  };
  const start = (m: Milestone) => m.when?.start?.date ?? m.when?.end?.date ?? '';
  const ranked = [...groups.entries()].map(([key, items]) => ({ key, items, best: Math.max(...items.map(share)) }));
  ranked.sort((a, b) => b.best - a.best);
  // `뷰티먼스 10월 연계행사 뭐뭐`: one program asked about lists its month in full.
  const perLine = ranked.length <= 2 ? PER_LINE_FEW : PER_LINE;
  return ranked.map(({ key, items }) => {
    const title = shortTitle(kb.sectionById.get(key)?.title ?? items[0]!.owner);
    const sorted = items.sort((a, b) => share(b) - share(a) || compareCodeUnits(start(a), start(b)));
    const clip = (label: string) => (label.length > 36 ? `${label.slice(0, 35)}…` : label);
    // A milestone of a facility within the program (`AI지원센터 · 완공`) names the facility.
    const named = (m: Milestone) => (m.owner.length <= FACILITY_NAME && !title.includes(m.owner) && !m.label.includes(m.owner) ? joinOverlap(m.owner, m.label) : m.label);
    // A short list gives each date also as the report writes it, so a search in the PDF finds it.
    const parts = sorted.slice(0, perLine).map((m) => `${clip(named(m))} ${describeWhen(m)}(${describeStatus(m, asOf)})${asWritten ? ` ${MESSAGES.asWritten(m.raw)}` : ''}`);
    const more = sorted.length > perLine ? ` ${MESSAGES.more(sorted.length - perLine)}` : '';
    return { text: `${title}: ${parts.join(' · ')}${more}`, count: items.length };
  });
}

/** A facility's name and its milestone, the word they share said once (`서울바이오허브 글로벌협력동` + `글로벌협력동 완공`). */
function joinOverlap(owner: string, label: string): string {
  const [first, ...rest] = label.split(' ');
  return owner.endsWith(` ${first}`) && rest.length > 0 ? `${owner} ${rest.join(' ')}` : `${owner} ${label}`;
}
