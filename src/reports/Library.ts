import type { DocumentMeta } from '../model/document';
import type { Knowledge } from '../knowledge/Knowledge';
import type { DocParts } from './DocParts';
import type { Milestone } from '../model/milestone';

/**
 * Every report loaded, and the views questions are answered from. Built once per load: the
 * per-report views are kept across reloads for reports whose text did not change.
 *
 * - `byDoc`: one view per report, for a question that names its report (`2021년 보고서`).
 * - `byOffice`: per office, each program from the newest of that office's reports that has it.
 * - The top-level `Knowledge` the library hangs from is the default view: each program from the
 *   newest report that has it, and each office's general parts from its newest report.
 */
export interface Library {
  /** Every report, newest first (by `reportDate`, then `asOf`, then later in the manifest). */
  documents: readonly DocumentMeta[];
  parts: ReadonlyMap<string, DocParts>;
  byDoc: ReadonlyMap<string, Knowledge>;
  byOffice: ReadonlyMap<string, Knowledge>;
  /** Program key (see `programKey`) → the reports that have the program, newest first. */
  programs: ReadonlyMap<string, readonly ProgramCopy[]>;
  /** A program's section id (in any report) → its program key. */
  programKey: ReadonlyMap<string, string>;
  /** `경제정책실 주요 업무보고 (2022년 9월)` per document id. */
  names: ReadonlyMap<string, string>;
  /** The milestones the digest announces: the default view's, from the newest report of each office. */
  announced: readonly Milestone[];
  /** Reports holding a kind of fact about a program that its newest report leaves out (`reportsAddingFacts`). */
  addingFacts: ReadonlySet<string>;
  /** Ids of the reports parsed in this load (the others were kept from the previous load). */
  rebuilt: readonly string[];
}

/** One report's section of a program. */
export interface ProgramCopy {
  docId: string;
  sectionId: string;
  title: string;
}
