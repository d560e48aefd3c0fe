import type { SectionHit } from '../search/SectionIndex';
import type { Topic } from './topics';
import type { Reading } from './readTypos';

/** A question after clean-up, with what routing and the intents need to know about it. */
export interface Question {
  /** As typed (trimmed, length-capped). */
  original: string;
  /** Normalised (NFKC, OCR corrections, aliases expanded) — used for matching. */
  text: string;
  /** `text` without question words, endings and intent keywords: what the question is about. */
  topic: string;
  /** The topic as typed, before short names were expanded (`마곡산단` stays `마곡산단`). */
  typedTopic: string;
  /** Department named in the question (correct spelling), if any. */
  department: string | null;
  /** Words read as other words because they were mistyped (`예싼` → `예산`); the answer says so. */
  readAs: Reading[];
  /** What the question is about, as typed and with short names expanded, with the words a match needs. */
  topics: Topic[];
  /** The section index's best sections for a query, remembered for this question. */
  sectionHits: (query: string, limit: number) => SectionHit[];
  /** The caller's "today" (`YYYY-MM-DD`): relative periods and done/planned are read against it. */
  asOf: string;
  /** Report names by document id when more than one report is loaded: citations name their report. */
  reportNames?: ReadonlyMap<string, string> | null;
  /** The reports the question named (`2021년 보고서`), newest first; none when it named none. */
  namedReports?: readonly string[];
  /** Answers another question in the same view, report scope and clock (the compare intent finds its program this way). */
  askInScope?: (text: string) => import('../model/answer').Answer;
}
