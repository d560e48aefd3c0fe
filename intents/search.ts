import { answerOf, sectionCitation } from '../src/answer/compose';
import { contains, containsAll, coverage, matchTerms } from '../src/answer/matchScore';
import { sectionHaystack, topicsOf } from '../src/answer/rankFacts';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { Section } from '../src/model/section';
import { shortTitle } from '../src/facts/shortTitle';
import { askedCounter, statesCount } from '../src/text/grammar';
import type { Intent } from './Intent';

/** Below this share of the question's terms in the best section, the report does not answer it. */
const MIN_COVERAGE = 0.6;

/** Fallback: the best passage, trimmed to the lines that match the question. */
export const search: Intent = {
  name: 'search',
  detect: () => true,
  answer: (kb, q) => searchPassage(kb, q),
};

const compactTexts = new WeakMap<Section, string>();

function compactText(section: Section): string {
  let text = compactTexts.get(section);
  if (text === undefined) {
    text = `${section.path.join('')}${section.normText}`.replace(/\s+/g, '').toLowerCase();
    compactTexts.set(section, text);
  }
  return text;
}

interface PassageLine {
  text: string;
  /** The line's own terms. */
  own: Set<string>;
  /** The line's terms with its section's titles: `참여대상 : … 350명` is about the program it sits in. */
  terms: Set<string>;
}

const passageLines = new WeakMap<Section, PassageLine[]>();

/** A section's lines, prepared once per section (sections never change; a reload makes new ones). */
function linesOf(section: Section): PassageLine[] {
  let lines = passageLines.get(section);
  if (!lines) {
    const context = matchTerms(section.path.join(' '));
    lines = section.normText.split('\n').map((raw) => {
      const own = matchTerms(raw);
      return { text: raw.replace(/^[\s\-□▶■※·]+/, '').trim(), own, terms: new Set([...own, ...context]) };
    });
    passageLines.set(section, lines);
  }
  return lines;
}

/**
 * The best passage for a question, or null when no section contains every word that names what
 * the question is about. Lines are ranked across the best sections by how much of the question
 * they cover, how many of its named words they contain, and whether they hold the counter asked
 * for (`몇 명` → a number of 명). `lineFilter` keeps only lines carrying the kind of fact asked
 * for (an amount, a date) when a fact intent found no fact.
 */
export function searchPassage(
  kb: Knowledge,
  q: Question,
  lineFilter: (line: string) => boolean = () => true,
  { allNamedOnLine = false }: { allNamedOnLine?: boolean } = {},
): Answer | null {
  // People's names are not guessed at: `경제정책실장 누구` needs the exact words in the text.
  const exact = kb.lexicon.intent('search').cue('person').test(q.text);
  const counter = askedCounter(q.text);
  const candidates: { section: Section; i: number; text: string; score: number }[] = [];
  for (const { text: about, terms: topic, required } of topicsOf(kb, q)) {
    if (required.length === 0) continue; // nothing named: `1,1,1,1` is not a question about the report
    const sections = kb.index
      .search(about, { limit: 5 })
      .filter((h) => h.coverage >= MIN_COVERAGE && containsAll(required, sectionHaystack(kb, h.section.id)))
      .filter((h) => !exact || required.every((w) => compactText(h.section).includes(w)));
    sections.forEach((hit, rank) => {
      linesOf(hit.section).forEach(({ text, own, terms }, i) => {
        if (text.length < 2 || !lineFilter(text)) return;
        const haystack = { terms, words: [], wordGrams: [terms], syllables: new Set(text) };
        const named = required.filter((w) => contains(w, haystack)).length / required.length;
        if (allNamedOnLine && named < 1) return;
        const counted = counter && statesCount(text, counter) ? 0.5 : 0;
        const score = coverage(topic, terms) + 0.5 * coverage(topic, own) + 0.5 * named + counted - 0.05 * rank;
        if (coverage(topic, own) > 0 || counted) candidates.push({ section: hit.section, i, text, score });
      });
    });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  const next = candidates.find((c) => c !== best && c.section === best.section && c.text !== best.text);
  const program = best.section.programId ? kb.sectionById.get(best.section.programId) : undefined;
  const clip = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);
  return answerOf(q, 'search', {
    headline: clip(best.text),
    details: next ? [clip(next.text)] : [],
    subject: program ? shortTitle(program.title) : null,
    citations: [sectionCitation(best.section, best.section.lineNumbers[best.i] ?? best.section.firstLine)],
  });
}
