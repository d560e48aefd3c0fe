import { z } from 'zod';
import type { Knowledge } from '../../knowledge/Knowledge';
import { diffKnowledge, type KnowledgeDiff } from './diffKnowledge';
import { reloadSummary } from '../../reports/reloadSummary';
import { findReportLosses, type ReportLoss } from './reportLosses';

/** Where a corpus problem is, as reported by the core's CorpusError (file, optional line). */
export interface CorpusProblem {
  file: string | null;
  line: number | null;
  message: string;
}

/** The result of `/econ reload`. */
export type ReloadOutcome =
  /** `forced`: reports that lost more than half their content, swapped in anyway by `reload force`. */
  | { ok: true; diff: KnowledgeDiff; reports: string[]; durationMs: number; buildMs: number; waitedForOtherReload: boolean; forced: ReportLoss[] }
  | { ok: false; problem: CorpusProblem; durationMs: number; waitedForOtherReload: boolean }
  /** The new corpus loaded, but a report lost more than half its content: not swapped in. */
  | { ok: false; refused: ReportLoss[]; durationMs: number; waitedForOtherReload: boolean };

// CorpusError is the core's; reading its shape (not its class) keeps reload reporting working for
// any error that says where it happened.
const LocatedError = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  /** The message without the file prefix, when the error keeps it apart. */
  detail: z.string().optional(),
});

/**
 * Holds the knowledge currently served and replaces it on reload.
 *
 * Readers take `current` once per request, so a reload that lands mid-request never mixes two
 * corpora. Reloads run one after another: a second `/econ reload` waits for the first instead of
 * interleaving with it. A failed reload leaves the previous knowledge in place, and so does one in
 * which a report lost more than half of its sections or facts, unless forced.
 */
export class KnowledgeStore {
  #current: Knowledge;
  #loadedAt: Date;
  #lastReload: { at: Date; outcome: ReloadOutcome } | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;

  private constructor(
    readonly corpusDir: string,
    private readonly load: (corpusDir: string, previous?: Knowledge) => Promise<Knowledge>,
    initial: Knowledge,
  ) {
    this.#current = initial;
    this.#loadedAt = new Date();
  }

  /** Loads `corpusDir` for the first time; a bad corpus throws here, before the bot starts. */
  static async open(corpusDir: string, load: (corpusDir: string, previous?: Knowledge) => Promise<Knowledge>): Promise<KnowledgeStore> {
    return new KnowledgeStore(corpusDir, load, await load(corpusDir));
  }

  /** The knowledge being served now. */
  get current(): Knowledge {
    return this.#current;
  }

  /** When `current` was loaded. */
  get loadedAt(): Date {
    return this.#loadedAt;
  }

  /** The last `/econ reload` in this process and how it went (null before the first), for the admins' Home tab. */
  get lastReload(): { at: Date; outcome: ReloadOutcome } | null {
    return this.#lastReload;
  }

  /** Re-reads the corpus and swaps it in if it loads and no report lost most of its content (or `force`); never throws. */
  reload(options: { force?: boolean } = {}): Promise<ReloadOutcome> {
    const waitedForOtherReload = this.#pending > 0;
    this.#pending += 1;
    const run = this.#queue
      .then(() => this.#reloadNow(waitedForOtherReload, options.force === true))
      .then((outcome) => {
        this.#lastReload = { at: new Date(), outcome };
        return outcome;
      })
      .finally(() => {
        this.#pending -= 1;
      });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #reloadNow(waitedForOtherReload: boolean, force: boolean): Promise<ReloadOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      // Reports whose text (and the word files) did not change are kept, not parsed again.
      const next = await this.load(this.corpusDir, this.#current);
      const losses = await findReportLosses(this.#current, next, this.corpusDir);
      if (losses.length > 0 && !force) return { ok: false, refused: losses, durationMs: elapsed(), waitedForOtherReload };
      const diff = diffKnowledge(this.#current, next);
      const reports = reloadSummary(this.#current, next);
      this.#current = next;
      this.#loadedAt = new Date();
      return { ok: true, diff, reports, durationMs: elapsed(), buildMs: Math.round(next.buildMs), waitedForOtherReload, forced: losses };
    } catch (error) {
      return { ok: false, problem: describeProblem(error), durationMs: elapsed(), waitedForOtherReload };
    }
  }
}

function describeProblem(error: unknown): CorpusProblem {
  const message = error instanceof Error ? error.message : String(error);
  const located = LocatedError.safeParse(error);
  return located.success
    ? { file: located.data.file, line: located.data.line ?? null, message: located.data.detail ?? message }
    : { file: null, line: null, message };
}
