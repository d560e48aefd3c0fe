import { answerOf, sectionCitation } from '../src/answer/compose';
import { contains, containsAll, coverage, haystackFor, matchTerms } from '../src/answer/matchScore';
import { sectionHaystack, topicsOf } from '../src/answer/rankFacts';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { Section } from '../src/model/section';
import { shortTitle } from '../src/facts/shortTitle';
import { askedCounter, statesCount } from '../src/text/grammar';
import type { Intent } from './Intent';
import { passageLine } from '../src/answer/passageLine';

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
  const candidates: { section: Section; i: number; text: string; score: number; onLine: number }[] = [];
  for (const { text: about, terms: topic, required } of topicsOf(kb, q)) {
    if (required.length === 0) continue; // nothing named: `1,1,1,1` is not a question about the report
    const sections = kb.index
      .search(about, { limit: 5 })
      .filter((h) => h.coverage >= MIN_COVERAGE && containsAll(required, sectionHaystack(kb, h.section.id)))
      .filter((h) => !exact || required.every((w) => compactText(h.section).includes(w)));
    sections.forEach((hit, rank) => {
      linesOf(hit.section).forEach(({ text: raw, own, terms }, i) => {
        const text = passageLine(kb, hit.section, hit.section.lineNumbers[i] ?? hit.section.firstLine, raw);
        if (text === null || text.length < 2 || !lineFilter(text)) return;
        const haystack = { terms, words: [], wordGrams: [terms], syllables: new Set(text) };
        const named = required.filter((w) => contains(w, haystack)).length / required.length;
        if (allNamedOnLine && named < 1) return;
        const counted = counter && statesCount(text, counter) ? 0.5 : 0;
        const score = coverage(topic, terms) + 0.5 * coverage(topic, own) + 0.5 * named + counted - 0.05 * rank;
        // The named words this line says itself, beyond its section's titles (which every line of it shares).
        const specific = required.filter((w) => !contains(w, haystackFor(hit.section.path.join(' '))));
        const ownHaystack = { terms: own, words: [], wordGrams: [own], syllables: new Set(text) };
        const onLine = specific.length ? specific.filter((w) => contains(w, ownHaystack)).length / specific.length : 0;
        if (coverage(topic, own) > 0 || counted) candidates.push({ section: hit.section, i, text, score, onLine });
      });
    });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  // A second line only when it hangs under the best one (a sub-bullet, a note, a continued line) or
  // itself says at least half of what the question names beyond the section's titles: never an
  // unrelated neighbour.
  const next = candidates.find((c) => c !== best && c.section === best.section && c.text !== best.text && (hangsUnder(c.section, c.i, best.i) || c.onLine >= 0.5));
  const program = best.section.programId ? kb.sectionById.get(best.section.programId) : undefined;
  const clip = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);
  return answerOf(q, 'search', {
    headline: clip(best.text),
    details: next ? [clip(next.text)] : [],
    subject: program ? shortTitle(program.title) : null,
    citations: [sectionCitation(best.section, best.section.lineNumbers[best.i] ?? best.section.firstLine)],
  });
}

/** Whether line `i` of a section directly follows line `above` and belongs to it: deeper, a note, or a continuation. */
function hangsUnder(section: Section, i: number, above: number): boolean {
  if (i !== above + 1 || section.lineNumbers[i] !== section.lineNumbers[above]! + 1) return false;
  const lines = section.normText.split('\n');
  const indent = (t: string) => t.match(/^\s*/)![0].length;
  const [top, line] = [lines[above]!, lines[i]!];
  return indent(line) > indent(top) || !/^\s*[-□①-⑳○▶■]/.test(line);
}
