import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer, AnswerField, Candidate, Citation, IntentName } from '../model/answer';
import type { Section } from '../model/section';
import type { SourceRef } from '../model/sourceRef';
import { citedPath } from '../facts/citedPath';
import { MESSAGES } from './messages';
import type { Question } from './Question';
import { withoutFootnotes } from '../text/withoutFootnotes';

/** A citation for a fact's source. */
export function citationOf(source: SourceRef): Citation {
  return { section: source.sectionLabel, title: source.sectionPath.join(' › '), line: source.line, docId: source.docId };
}

/** A citation for a line of a section (passages that are not facts). */
export function sectionCitation(section: Section, line: number): Citation {
  return { section: section.label, title: citedPath(section).join(' › '), line, docId: section.docId };
}

/** Removes repeated citations, keeping the order. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(`${c.docId}:${c.section}:${c.line}`) && seen.add(`${c.docId}:${c.section}:${c.line}`));
}

/** What an answer shows; a list (calendar) may have more detail lines and a longer text than the default 6 and 480. */
export interface AnswerParts {
  headline: string;
  details?: string[];
  subject?: string | null;
  fields?: AnswerField[];
  citations: Citation[];
  maxDetails?: number;
  maxLength?: number;
}

/** Builds an answer; the plain text is the headline, the detail lines and the citation, without footnote marks. */
export function answerOf(question: Question, intent: IntentName, shown: AnswerParts): Answer {
  const { maxDetails = 6, maxLength = 480 } = shown;
  const parts = {
    ...shown,
    headline: withoutFootnotes(shown.headline),
    fields: shown.fields?.map((f) => ({ label: withoutFootnotes(f.label), value: withoutFootnotes(f.value) })),
  };
  // With several reports loaded, each citation names its report (`경제정책실 주요 업무보고 (2022년 9월)`).
  const names = question.reportNames;
  const citations = uniqueCitations(parts.citations)
    .slice(0, 3)
    .map((c) => (names && c.docId ? { ...c, report: names.get(c.docId) } : c));
  const details = (parts.details ?? []).slice(0, maxDetails).map(withoutFootnotes);
  const source = citations[0] ? MESSAGES.source(citations[0].section, citations[0].title, citations[0].line, citations[0].report) : '';
  const readAs = question.readAs.length ? MESSAGES.readAs(question.readAs) : '';
  const text = [parts.headline, ...details.map((d) => `· ${d}`), readAs, source].filter(Boolean).join('\n');
  return {
    id: answerId(question.original, intent, text),
    question: question.original,
    intent,
    found: true,
    headline: parts.headline,
    text: text.length > maxLength ? `${text.slice(0, maxLength - 3)}…` : text,
    subject: parts.subject ?? null,
    fields: (parts.fields ?? []).slice(0, 10),
    citations,
    candidates: [],
  };
}

/** Two answers to a question naming two things (`서울큐브랑 시네마테크 예산`): the first, then the second. */
export function bothAnswers(question: Question, first: Answer, second: Answer): Answer {
  const body = (a: Answer) => a.text.split('\n').filter((line) => !line.startsWith(MESSAGES.sourceLabel));
  return answerOf(question, first.intent, {
    headline: first.headline,
    // A line both answers show (the total beside each part) is shown once.
    details: [...new Set([...body(first).slice(1), ...body(second)].map((l) => l.replace(/^· /, '')))].filter((l) => l !== first.headline),
    subject: first.subject,
    fields: [...first.fields, ...second.fields],
    citations: [...first.citations, ...second.citations],
  });
}

/**
 * The answer when the report does not say: plainly, with the closest programs as suggestions.
 * Never a guess.
 */
export function notFound(kb: Knowledge, question: Question, intent: IntentName, reason?: string): Answer {
  const programs: string[] = [];
  for (const hit of question.sectionHits(question.topic || question.text, 8)) {
    const program = hit.section.programId ? kb.sectionById.get(hit.section.programId) : undefined;
    if (hit.coverage >= 0.5 && program && !programs.includes(program.title)) programs.push(program.title);
  }
  const suggestion = programs.slice(0, 3);
  const shown = reason && reason.length > 80 ? `${reason.slice(0, 79)}…` : reason;
  const headline = `${MESSAGES.notFound}${shown ? `: ${shown}` : '.'}`;
  return unanswered(question, intent, headline, suggestion.length ? [MESSAGES.nearPrograms(suggestion)] : [], []);
}

/** The answer when two programs fit about equally: ask which one, with a question for each. */
export function ambiguous(question: Question, intent: IntentName, candidates: Candidate[]): Answer {
  const shown = candidates.slice(0, 5);
  return unanswered(question, intent, MESSAGES.whichProgram, shown.map((c) => `· ${c.title}`), shown);
}

/** An answer that found nothing: a headline and a few lines, no citation. */
export function unanswered(question: Pick<Question, 'original'>, intent: IntentName, headline: string, lines: string[], candidates: Candidate[]): Answer {
  const text = [headline, ...lines].join('\n');
  return {
    id: answerId(question.original, intent, text),
    question: question.original,
    intent,
    found: false,
    headline,
    text,
    subject: null,
    fields: [],
    citations: [],
    candidates,
  };
}

function answerId(question: string, intent: string, text: string): string {
  return createHash('sha256').update(`${question}\u0000${intent}\u0000${text}`).digest('hex').slice(0, 12);
}
