import type { IntentName } from '../../model/answer';
import type { QuestionRecord, QuestionSource, UsageRecords } from '../../state/records';
import { compareCodeUnits } from '../../text/compareCodeUnits';

/** A question text and how often it came up. */
export interface CountedQuestion {
  question: string;
  count: number;
}

/** What `/econ stats` shows. */
export interface UsageSummary {
  questions: number;
  askers: number;
  notFound: number;
  byIntent: Partial<Record<IntentName, number>>;
  /** Where questions were asked: /econ, mentions, threads, DMs, the shortcut, the terminal. */
  bySource: Partial<Record<QuestionSource, number>>;
  /** Not-found questions, most frequent first: candidates for new aliases or corrections. */
  topNotFound: CountedQuestion[];
  votes: { up: number; down: number };
  /** Questions with 👎, most first. */
  topDownvoted: CountedQuestion[];
  unreadableLines: number;
  /** Time of the first logged question, if any (ISO). */
  since: string | null;
}

/** How many not-found and down-voted questions to list. */
const TOP = 5;

/** Summarises the question and feedback logs. */
export function summarizeUsage(records: UsageRecords): UsageSummary {
  const byIntent: Partial<Record<IntentName, number>> = {};
  const bySource: Partial<Record<QuestionSource, number>> = {};
  for (const q of records.questions) {
    byIntent[q.intent] = (byIntent[q.intent] ?? 0) + 1;
    bySource[sourceOf(q)] = (bySource[sourceOf(q)] ?? 0) + 1;
  }
  const notFound = records.questions.filter((q) => !q.found);
  const down = records.votes.filter((v) => v.vote === 'down');
  return {
    questions: records.questions.length,
    askers: new Set(records.questions.map((q) => q.user)).size,
    notFound: notFound.length,
    byIntent,
    bySource,
    topNotFound: countQuestions(notFound.map((q) => q.question)),
    votes: { up: records.votes.length - down.length, down: down.length },
    topDownvoted: countQuestions(down.map((v) => v.question)),
    unreadableLines: records.unreadableLines,
    since: records.questions.map((q) => q.at).sort()[0] ?? null,
  };
}

/** Where a question was asked; records from before sources were logged came from /econ or the terminal. */
function sourceOf(q: QuestionRecord): QuestionSource {
  return q.source ?? (q.via === 'local' ? 'terminal' : 'command');
}

/** Groups questions that differ only in spacing or letter case, most frequent first. */
function countQuestions(questions: string[]): CountedQuestion[] {
  const groups = new Map<string, CountedQuestion>();
  for (const question of questions) {
    const key = question.replace(/\s+/g, ' ').trim().toLowerCase();
    const group = groups.get(key) ?? { question, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.question, b.question)).slice(0, TOP);
}
