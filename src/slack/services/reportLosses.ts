import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Knowledge } from '../../knowledge/Knowledge';

/** A report that lost more than half of its sections or facts in a reload. */
export interface ReportLoss {
  docId: string;
  /** `주요 업무보고 (경제정책실, 2022-09)`. */
  name: string;
  file: string;
  sections: { before: number; after: number };
  facts: { before: number; after: number };
  /** The manifest no longer lists the report, but its file is still in the corpus folder. */
  unlisted: boolean;
}

/**
 * Reports in `before` that lost more than half of their sections or facts in `after` — the mark of
 * a truncated or half-saved file. A report whose manifest entry and file are both gone was removed
 * on purpose and is not a loss; one dropped from the manifest while its file remains is.
 */
export async function findReportLosses(before: Knowledge, after: Knowledge, corpusDir: string): Promise<ReportLoss[]> {
  const losses: ReportLoss[] = [];
  for (const doc of before.library.documents) {
    const listed = after.library.documents.some((d) => d.id === doc.id);
    if (!listed && !(await exists(path.join(corpusDir, doc.file)))) continue;
    const sections = { before: sectionCount(before, doc.id), after: sectionCount(after, doc.id) };
    const facts = { before: factCount(before, doc.id), after: factCount(after, doc.id) };
    if (lostMoreThanHalf(sections) || lostMoreThanHalf(facts)) {
      losses.push({ docId: doc.id, name: `${doc.title} (${doc.office}, ${doc.reportDate})`, file: doc.file, sections, facts, unlisted: !listed });
    }
  }
  return losses;
}

function lostMoreThanHalf({ before, after }: { before: number; after: number }): boolean {
  return before - after > before / 2;
}

function sectionCount(kb: Knowledge, docId: string): number {
  return kb.library.parts.get(docId)?.sections.length ?? 0;
}

function factCount(kb: Knowledge, docId: string): number {
  const facts = kb.library.parts.get(docId)?.facts;
  return facts ? [facts.budgets, facts.milestones, facts.locations, facts.headcounts, facts.duties].reduce((n, list) => n + list.length, 0) : 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
