import { ambiguous, answerOf, citationOf } from '../src/answer/compose';
import { compactText } from '../src/answer/compactText';
import type { Question } from '../src/answer/Question';
import { MIN_MATCH, rankFacts, type Ranked, tiedPrograms } from '../src/answer/rankFacts';
import { contains, haystackOf } from '../src/answer/matchScore';
import type { Card } from '../src/answer/matchState';
import { withoutWords } from '../src/answer/withoutWords';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { OverviewFact } from '../src/model/overviewFact';
import type { Milestone } from '../src/model/milestone';
import type { Intent } from './Intent';
import { eventPeriod, periodMilestone } from '../src/answer/eventPeriod';
import { describeStatus, describeWhen } from '../src/render/describeFact';

/**
 * Overview questions: a label of a program's overview block (`서울뷰티위크 행사장소`, `직무캠프
 * 추진근거`, `청년취업사관학교 대상자 누구야`, `Try Everything 주제`) answered with that line, and
 * when an event is held (`서울뷰티위크 언제 열려`) from its 행사개요's period line. Answers only when
 * the question asks for a kind of label or when something is held; otherwise the next intent tries.
 */
export const overview: Intent = {
  name: 'overview',
  detect: (q, kb) => kb.lexicon.intent('overview').asks(q.text) || kb.lexicon.intent('overview').cue('held').test(q.text),
  answer: (kb, q) => heldAnswer(kb, q) ?? overviewAnswer(kb, q),
};

/** `서울뷰티위크 언제 열려`: the event's period line, its dates written out when the line is a milestone. */
function heldAnswer(kb: Knowledge, q: Question): Answer | null {
  const found = eventPeriod(kb, q);
  if (!found) return null;
  return periodAnswer(q, found.fact, found.milestone);
}

/** An overview line with the bullets under it; a period's dates written out (and the line as written below) when it is a milestone. */
function periodAnswer(q: Question, fact: OverviewFact, milestone: Milestone | null, bullets: readonly string[] = []): Answer {
  const when = milestone ? `${describeWhen(milestone)} (${describeStatus(milestone, q.asOf)})` : fact.value;
  return answerOf(q, 'overview', {
    headline: `${fact.owner} — ${fact.label}: ${when}`,
    details: [...(milestone ? [`${fact.label}: ${fact.value}`] : []), ...bullets],
    subject: fact.owner,
    fields: [{ label: fact.label, value: milestone ? when : fact.value.slice(0, 200) }],
    citations: [citationOf(fact.source)],
  });
}

function overviewAnswer(kb: Knowledge, q: Question): Answer | null {
  const asked = compactText(q.text);
  const { kinds, cue } = kb.lexicon.intent('overview');
  const words = kinds.flatMap((k) => k.cue.present(q.text));
  const concepts = new Set(kinds.filter((k) => k.cue.test(q.text)).map((k) => k.kind));
  if (concepts.size === 0) return null;
  const asks = (f: OverviewFact) => concepts.has(kb.overviewConcepts.get(f) ?? '');
  const cards = kb.match.overviews.cards.filter((c) => asks(c.fact));
  const candidates = cards.map((c) => c.fact);
  // A label the question writes out (`훈련대상`, `참가자격`) is preferred, and not required of the names.
  const exact = new Set(candidates.map((f) => f.label).filter((label) => asked.includes(compactText(label))));
  // `이용 연령`, `참여 자격`: a word saying whose the field is (`qualifiers`) goes with the field asked.
  const about = withoutWords(kb, q, [...words, ...cue('asking').present(q.text), ...cue('qualifiers').present(q.text)].flatMap((w) => w.split(' ')).concat([...exact]));
  // `추진근거 뭐야` names no program: ask which one.
  if (!about.topic.trim() && !about.typedTopic.trim()) {
    const programs = [...new Map(candidates.map((f) => [f.programId, f])).values()];
    return ambiguous(q, 'overview', programs.map((f) => ({ title: `${f.owner}: ${f.label}`, question: `${f.owner} ${f.label}` })));
  }
  const strict = rankFacts(kb, about, kb.match.overviews, asks);
  const ranked = strict[0] && strict[0].score >= MIN_MATCH ? strict : rankWithValueWords(kb, about, cards);
  const top = ranked[0];
  if (!top || top.score < MIN_MATCH) return null;
  const tied = tiedPrograms(kb, ranked, (f) => `${f.owner} ${f.label}`);
  if (tied.length) return ambiguous(q, 'overview', tied.map((t) => ({ title: t.title, question: `${t.fact.owner} ${t.fact.label}` })));
  // Within the program: the label the question wrote, then a top-level line, then the first.
  const fit = (f: OverviewFact) => Number(exact.has(f.label)) * 2 + Number(f.parent === null);
  const best = ranked
    .filter((r) => r.score >= top.score - 0.001 && r.fact.programId === top.fact.programId)
    .sort((a, b) => fit(b.fact) - fit(a.fact) || a.fact.source.line - b.fact.source.line)[0]!.fact;
  // `파리 패션위크 서울관 장소`: a place of something the program's field does not name is a place fact's.
  const names = cards.find((c) => c.fact === best)!.names;
  const placeKinds = cue('placeKinds').words;
  if ([...concepts].every((k) => placeKinds.includes(k)) && !about.topics.some((t) => t.named.every((w) => contains(w, names)))) return null;
  return periodAnswer(q, best, periodMilestone(kb, best), bulletsUnder(kb, best));
}

/** Most bullets shown under a field (`사업내용`'s `창작뜰`, `배움뜰`, …). */
const MAX_BULLETS = 5;

/** The bullets written under a field, each with its own label (`(창 작 뜰) 자동화 …` under `사업내용`). */
function bulletsUnder(kb: Knowledge, field: OverviewFact): string[] {
  const concept = kb.overviewConcepts.get(field) ?? null;
  // A bullet that is a field of another kind (`▶ 주요 인사` under `규모`) is not part of this one.
  const part = (f: OverviewFact) => f.parent === field.label && f.programId === field.programId && f.block === field.block && f.source.docId === field.source.docId && f.source.line > field.source.line;
  const under = kb.overviews.filter((f) => part(f) && [null, concept].includes(kb.overviewConcepts.get(f) ?? null));
  return under.slice(0, MAX_BULLETS).map((f) => `${f.label}: ${f.value}`);
}

/**
 * `G밸리 규모랑 입주기업 수`: a word that describes the value asked for rather than the program
 * (`입주기업` beside `12,754개사 … 입주`) is not required of the program's names. A word counts as
 * the value's when it is not in the fact's names and starts like a word of its value; the rest
 * must still name the program.
 */
function rankWithValueWords(kb: Knowledge, about: Question, cards: readonly Card<OverviewFact>[]): Ranked<OverviewFact>[] {
  const named = about.topics[0]?.named ?? [];
  // A program's name (`서울혁신챌린지`) names the program, never a value of another's (`서울시 소재`).
  const titles = programTitles(kb);
  const ranked: Ranked<OverviewFact>[] = [];
  for (const card of cards) {
    const value = haystackOf(card.fact.value);
    const valueWords = named.filter(
      (w) => !contains(w, card.names) && w.grams.length > 0 && value.terms.has(w.grams[0]!) && !titles.some((t) => t.includes(compactText(w.text))),
    );
    if (valueWords.length === 0 || valueWords.length === named.length) continue;
    ranked.push(...rankFacts(kb, withoutWords(kb, about, valueWords.map((w) => w.text)), kb.match.overviews, (f) => f === card.fact));
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** The programs' titles, without spaces. */
function programTitles(kb: Knowledge): string[] {
  return kb.sections.filter((s) => s.programId === s.id).map((s) => compactText(s.title));
}
