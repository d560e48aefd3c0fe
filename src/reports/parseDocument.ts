import { createHash } from 'node:crypto';
import { CorpusError } from '../corpus/CorpusError';
import type { CorpusDocument } from '../corpus/readCorpus';
import { extractFacts } from '../facts/extractFacts';
import { makeFactContext, type TableWords } from '../facts/FactContext';
import { toReportLines } from '../parse/ReportLine';
import { parseSections } from '../parse/parseSections';
import { normalizeLine } from '../text/normalizeLine';
import { stripMarkup } from '../text/stripMarkup';
import type { DocParts } from './DocParts';
import { programKeys } from './programKeys';
import { topPrograms } from './topPrograms';

/** What every report is parsed with: the OCR corrections and the lexicon's table words. */
export interface ParseWords {
  correct: (text: string) => string;
  tableWords: TableWords;
  /** sha256 of the word files (lexicon, aliases, corrections): a change re-parses every report. */
  hash: string;
  /** Last words of a program title that do not change which program it is (`조성`, `개관`). */
  titleEndings: readonly string[];
  /** Normalised lines by raw line, shared by the reports of one build (yearly reports repeat most lines). */
  normalized?: Map<string, string>;
}

/**
 * Parses one report into its section tree and fact tables. Throws a `CorpusError` naming the file
 * when it has no programs.
 *
 * @example
 * const parts = parseDocument(doc, words);
 * parts.facts.headcounts.length; // 12
 */
export function parseDocument(doc: CorpusDocument, words: ParseWords): DocParts {
  // HTML tags the OCR left in table cells are debris: never matched, never shown.
  const normalize = (raw: string) => {
    const known = words.normalized?.get(raw);
    if (known !== undefined) return known;
    const norm = normalizeLine(raw, words.correct);
    words.normalized?.set(raw, norm);
    return norm;
  };
  const lines = toReportLines(stripMarkup(doc.text), normalize);
  const sections = parseSections(doc.meta.id, lines);
  if (!sections.some((s) => s.kind === 'program')) {
    throw new CorpusError(doc.path, 'no programs found: expected headings like "1 청년취업사관학교 …" under "IV. 주요 업무보고"');
  }
  const year = Number(doc.meta.reportDate.slice(0, 4));
  // Done or planned is judged against the date the figures are as of, else the report's month.
  const facts = extractFacts(makeFactContext(doc.meta.id, year, doc.meta.asOf ?? `${doc.meta.reportDate}-01`, lines, sections, words.tableWords));
  const programs = new Map([...programKeys(sections, words.titleEndings)].map(([id, key]) => [key, id]));
  return { meta: doc.meta, path: doc.path, hash: documentHash(doc, words.hash), sections, facts, programs, topProgram: topPrograms(sections) };
}

/** The hash a report's parts are kept under across reloads. */
export function documentHash(doc: CorpusDocument, wordsHash: string): string {
  return createHash('sha256').update(wordsHash).update(JSON.stringify(doc.meta)).update(doc.text).digest('hex');
}
