import { z } from 'zod';

/** Every kind of question econ-bot knows how to answer. */
export const IntentName = z.enum(['budget', 'schedule', 'location', 'headcount', 'department', 'aggregate', 'overview', 'calendar', 'table', 'compare', 'search']);
export type IntentName = z.infer<typeof IntentName>;

/** A pointer into the report shown under every answer: `IV-1-① 청년취업사관학교 › 사업개요`, line 254. */
export const Citation = z.object({
  /** Short section label, e.g. `IV-1-①`. */
  section: z.string(),
  /** Path of titles joined with ` › `. */
  title: z.string(),
  line: z.number().int().positive(),
  /** The report the line is in (its manifest id). */
  docId: z.string().optional(),
  /** `경제정책실 주요 업무보고 (2022년 9월)`, set when more than one report is loaded. */
  report: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

/** A labelled figure shown beside the answer (Slack renders these as fields). */
export const AnswerField = z.object({ label: z.string(), value: z.string() });
export type AnswerField = z.infer<typeof AnswerField>;

/** A program the question might have meant, with a question that asks about it unambiguously. */
export const Candidate = z.object({ title: z.string(), question: z.string() });
export type Candidate = z.infer<typeof Candidate>;

/**
 * What econ-bot says to a question, independent of where it is shown (Slack blocks or terminal).
 *
 * `text` is the whole plain-text answer as a person reads it (no mrkdwn): it leads with the fact
 * asked for and stays short. `found` is false when the report does not contain the answer or the
 * question was ambiguous (then `candidates` lists the programs it might mean).
 */
export const Answer = z.object({
  /** Stable for the same question and corpus, so feedback can refer to it. */
  id: z.string(),
  question: z.string(),
  intent: IntentName,
  found: z.boolean(),
  /** The one-line lead: the fact asked for, or the reason there is none. */
  headline: z.string(),
  /** The full plain-text answer (headline first), a few lines, well under 500 characters. */
  text: z.string(),
  /** The program or department the answer is about, when there is one. */
  subject: z.string().nullable(),
  fields: z.array(AnswerField),
  citations: z.array(Citation),
  candidates: z.array(Candidate),
});
export type Answer = z.infer<typeof Answer>;
