import type { Answer } from '../../model/answer';
import type { ReportListing } from '../../reports/listReports';
import type { Digest } from '../../digest/computeDigest';
import type { ReloadOutcome } from '../services/KnowledgeStore';
import type { UsageSummary } from '../services/summarizeUsage';

/**
 * What `/econ` replies, independent of where it is shown: Slack renders it as Block Kit
 * (`blocks/renderReply.ts`), the terminal session as text (`local/renderReplyText.ts`).
 */
export type EconReply =
  | { kind: 'answer'; answer: Answer }
  /** `reports`: what the bot answers from (`경제정책실 주요 업무보고 (2022년 9월)`). */
  | { kind: 'help'; isAdmin: boolean; reports: string }
  | { kind: 'reports'; reports: ReportListing[] }
  | { kind: 'stats'; summary: UsageSummary }
  | { kind: 'digest'; digest: Digest }
  | { kind: 'reload'; outcome: ReloadOutcome; corpusDir: string }
  /** A short message: refusals, bad input, errors. The text may contain user input; renderers escape it. */
  | { kind: 'notice'; tone: 'info' | 'warning' | 'error'; text: string };
