import { answerOf } from '../src/answer/compose';
import { coverage, matchTerms } from '../src/answer/matchScore';
import { shortTitle } from '../src/facts/shortTitle';
import type { Intent } from './Intent';

/** Below this share of the question's terms in the best section, the report does not answer it. */
const MIN_COVERAGE = 0.6;

/** Fallback: the best passage, trimmed to the lines that match the question. */
export const search: Intent = {
  name: 'search',
  detect: () => true,
  answer(kb, q) {
    const hit = kb.index.search(q.topic || q.text, { limit: 1 })[0];
    if (!hit || hit.coverage < MIN_COVERAGE) return null;
    const topic = matchTerms(q.topic || q.text);
    const lines = hit.section.normText
      .split('\n')
      .map((text, i) => ({ text: text.replace(/^[\s\-□▶■※·]+/, '').trim(), score: coverage(topic, matchTerms(text)), i }))
      .filter((l) => l.text.length > 1 && l.score > 0)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 2)
      .sort((a, b) => a.i - b.i);
    if (lines.length === 0) return null;
    const program = hit.section.programId ? kb.sectionById.get(hit.section.programId) : undefined;
    const firstLine = hit.section.firstLine + hit.section.normText.split('\n').length - 1 >= hit.section.firstLine ? hit.section.firstLine : hit.section.firstLine;
    const clip = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);
    return answerOf(q, 'search', {
      headline: clip(lines[0]!.text),
      details: lines.slice(1).map((l) => clip(l.text)),
      subject: program ? shortTitle(program.title) : null,
      citations: [{ section: hit.section.label, title: hit.section.path.slice(hit.section.label.includes('-') ? 1 : 0).join(' › '), line: firstLine }],
    });
  },
};
