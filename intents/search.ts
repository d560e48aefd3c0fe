import { answerOf } from '../src/answer/compose';
import { containsAll, coverage, matchTerms } from '../src/answer/matchScore';
import { topicsOf } from '../src/answer/rankFacts';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import { shortTitle } from '../src/facts/shortTitle';
import type { Intent } from './Intent';

/** Below this share of the question's terms in the best section, the report does not answer it. */
const MIN_COVERAGE = 0.6;

/** Fallback: the best passage, trimmed to the lines that match the question. */
export const search: Intent = {
  name: 'search',
  detect: () => true,
  answer: (kb, q) => searchPassage(kb, q),
};

/**
 * The best passage for a question, or null when no section contains every word that names what
 * the question is about. `lineFilter` keeps only lines carrying the kind of fact asked for (an
 * amount, a date) when a fact intent found no fact.
 */
export function searchPassage(kb: Knowledge, q: Question, lineFilter: (line: string) => boolean = () => true): Answer | null {
  for (const { text: about, terms: topic, required } of topicsOf(kb, q)) {
    const hit = kb.index
      .search(about, { limit: 5 })
      .find((h) => h.coverage >= MIN_COVERAGE && containsAll(required, matchTerms(`${h.section.path.join(' ')} ${h.section.normText}`)));
    if (!hit) continue;
    const lines = hit.section.normText
      .split('\n')
      .map((text, i) => ({ text: text.replace(/^[\s\-□▶■※·]+/, '').trim(), score: coverage(topic, matchTerms(text)), i }))
      .filter((l) => l.text.length > 1 && l.score > 0 && lineFilter(l.text))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 2)
      .sort((a, b) => a.i - b.i);
    if (lines.length === 0) continue;
    const program = hit.section.programId ? kb.sectionById.get(hit.section.programId) : undefined;
    const line = hit.section.lineNumbers[lines[0]!.i] ?? hit.section.firstLine;
    const clip = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);
    return answerOf(q, 'search', {
      headline: clip(lines[0]!.text),
      details: lines.slice(1).map((l) => clip(l.text)),
      subject: program ? shortTitle(program.title) : null,
    citations: [{ section: hit.section.label, title: hit.section.path.slice(hit.section.label.includes('-') ? 2 : 0).join(' › '), line }],
  });
  }
  return null;
}
