import type { FactTables } from '../facts/extractFacts';
import type { DocumentMeta } from '../model/document';
import type { Section } from '../model/section';

/**
 * One report parsed: its sections and fact tables, with the hash they were built from, so a
 * reload of unchanged text (and unchanged words) keeps them.
 */
export interface DocParts {
  meta: DocumentMeta;
  path: string;
  /** sha256 of the report's text, its manifest entry and the corpus's word files. */
  hash: string;
  sections: Section[];
  facts: FactTables;
  /** Program key → the program's section id in this report (top-level programs only). */
  programs: ReadonlyMap<string, string>;
  /** Section id → its top-level program's section id (null outside the programs). */
  topProgram: ReadonlyMap<string, string | null>;
}
