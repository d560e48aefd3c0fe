import { ambiguous, answerOf, citationOf } from '../src/answer/compose';
import { compactText } from '../src/answer/compactText';
import { labelConcept, type LabelConcepts } from '../src/answer/labelConcept';
import type { Question } from '../src/answer/Question';
import { MIN_MATCH, rankFacts, tiedPrograms } from '../src/answer/rankFacts';
import { withoutWords } from '../src/answer/withoutWords';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { OverviewFact } from '../src/model/overviewFact';
import type { Intent } from './Intent';

/**
 * LEXICON (overview labels) — to move into corpus/lexicon.json: each concept and the words that
 * ask for it or that a report label ends with.
 */
const OVERVIEW_LABELS: LabelConcepts = {
  근거: ['근거', '법령', '조례', '법적근거', '근거법'],
  대상: ['대상', '대상자', '자격', '참가자격', '연령', '나이', '나이제한', '조건', '요건'],
  장소: ['장소', '대상지', '개최지'],
  규모: ['규모'],
  주제: ['주제', '테마', '슬로건'],
  내용: ['내용'],
  방식: ['방식', '방법', '체계'],
  목적: ['목적'],
  유형: ['유형', '업종'],
  기준: ['기준'],
  기능: ['기능', '역할'],
  구성: ['구성'],
  기관: ['기관'],
  연사: ['연사', '인사', '강연자'],
};

/** LEXICON (soft words of overview questions) — to move into corpus/lexicon.json: asking, not naming. */
const ASKING = ['예상', '목록', '리스트', '명단'];

/**
 * Overview questions: a label of a program's overview block (`서울뷰티위크 행사장소`, `직무캠프
 * 추진근거`, `청년취업사관학교 대상자 누구야`, `Try Everything 주제`) answered with that line.
 * Answers only when the question asks for a kind of label; otherwise the next intent tries.
 */
export const overview: Intent = {
  name: 'overview',
  detect: (q) => Object.values(OVERVIEW_LABELS).flat().some((w) => compactText(q.text).includes(w)),
  answer: (kb, q) => overviewAnswer(kb, q),
};

function overviewAnswer(kb: Knowledge, q: Question): Answer | null {
  const asked = compactText(q.text);
  const words = Object.entries(OVERVIEW_LABELS).flatMap(([concept, list]) => [concept, ...list]).filter((w) => asked.includes(w));
  const concepts = new Set(words.map((w) => labelConcept(w, OVERVIEW_LABELS)));
  if (concepts.size === 0) return null;
  const candidates = kb.overviews.filter((f) => concepts.has(labelConcept(f.label, OVERVIEW_LABELS)));
  // A label the question writes out (`훈련대상`, `참가자격`) is preferred, and not required of the names.
  const exact = new Set(candidates.map((f) => f.label).filter((label) => asked.includes(compactText(label))));
  const about = withoutWords(q, [...words, ...exact, ...ASKING]);
  // `추진근거 뭐야` names no program: ask which one.
  if (!about.topic.trim() && !about.typedTopic.trim()) {
    const programs = [...new Map(candidates.map((f) => [f.programId, f])).values()];
    return ambiguous(q, 'overview', programs.map((f) => ({ title: `${f.owner}: ${f.label}`, question: `${f.owner} ${f.label}` })));
  }
  const nameOf = (f: OverviewFact) => `${f.owner} ${f.block} ${f.parent ?? ''} ${f.label} ${f.value}`;
  const ranked = rankFacts(kb, about, candidates, nameOf);
  const top = ranked[0];
  if (!top || top.score < MIN_MATCH) return null;
  const tied = tiedPrograms(kb, ranked, (f) => `${f.owner} ${f.label}`);
  if (tied.length) return ambiguous(q, 'overview', tied.map((t) => ({ title: t.title, question: `${t.fact.owner} ${t.fact.label}` })));
  // Within the program: the label the question wrote, then a top-level line, then the first.
  const fit = (f: OverviewFact) => Number(exact.has(f.label)) * 2 + Number(f.parent === null);
  const best = ranked
    .filter((r) => r.score >= top.score - 0.001 && r.fact.programId === top.fact.programId)
    .sort((a, b) => fit(b.fact) - fit(a.fact) || a.fact.source.line - b.fact.source.line)[0]!.fact;
  return answerOf(q, 'overview', {
    headline: `${best.owner} — ${best.label}: ${best.value}`,
    subject: best.owner,
    fields: [{ label: best.label, value: best.value.slice(0, 200) }],
    citations: [citationOf(best.source)],
  });
}
