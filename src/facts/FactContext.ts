import type { Section } from '../model/section';
import type { SourceRef } from '../model/sourceRef';
import type { ReportLine } from '../parse/ReportLine';
import { citedPath } from './citedPath';

/** What every fact extractor reads: the document's lines, its sections, and who owns each line. */
export interface FactContext {
  docId: string;
  /** Year assumed for dates written without one (the report's year). */
  year: number;
  /** The date the report speaks from (`asOf`, else the first of its month): earlier periods are done, later ones planned. */
  reportDate: string;
  lines: ReportLine[];
  sections: Section[];
  /** For each line number, the deepest section it belongs to. */
  ownerOf(line: number): Section;
  sectionById: ReadonlyMap<string, Section>;
  /** The lexicon's table words: row and column names of totals, and headers that number rows rather than measure them. */
  tableWords: TableWords;
}

/** Words that shape a table's meaning (from `corpus/lexicon.json`). */
export interface TableWords {
  /** `계`, `합계`, `총계`, `소계`. */
  totals: readonly string[];
  /** `연번`, `번호`, `순위`. */
  notQuantities: readonly string[];
}

/** Each section's cited path, one list shared by the section's facts (never changed). */
const citedPaths = new WeakMap<Section, string[]>();

/** Links a fact to its line and section. */
export function sourceOf(context: FactContext, line: number): SourceRef {
  const section = context.ownerOf(line);
  let sectionPath = citedPaths.get(section);
  if (!sectionPath) citedPaths.set(section, (sectionPath = citedPath(section)));
  return {
    docId: context.docId,
    sectionId: section.id,
    sectionLabel: section.label,
    sectionPath,
    line,
  };
}

/** Builds the context: sections are in document order, so a line's owner is the last one opened at or before it. */
export function makeFactContext(docId: string, year: number, reportDate: string, lines: ReportLine[], sections: Section[], tableWords: TableWords): FactContext {
  const owners: Section[] = [];
  let k = 0;
  for (let n = 1; n <= lines.length; n++) {
    while (k + 1 < sections.length && sections[k + 1]!.firstLine <= n) k++;
    owners[n] = sections[k]!;
  }
  return {
    docId,
    year,
    reportDate,
    lines,
    sections,
    ownerOf: (line) => owners[line] ?? sections[0]!,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    tableWords,
  };
}
