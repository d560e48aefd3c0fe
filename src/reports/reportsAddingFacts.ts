import type { FactTables } from '../facts/extractFacts';
import type { DocumentMeta } from '../model/document';
import type { DocParts } from './DocParts';

/** The fact tables whose facts belong to a program (`programId`). */
const KINDS = ['budgets', 'milestones', 'locations', 'headcounts', 'overviews', 'tableRows', 'series'] as const satisfies readonly (keyof FactTables)[];

/**
 * The reports that hold a kind of fact about a program (or about their office's general parts)
 * which the newest report of their office having that program does not: the only ones worth
 * reading when the newest report leaves a fact out (`olderReports`). A yearly report that gives
 * every program the same kinds of facts as the next one adds none. Built once per load.
 *
 * @example
 * reportsAddingFacts(parts, documents, library.programKey); // Set { 'seoul-econ-2021-09' } (a budget 2022 dropped)
 */
export function reportsAddingFacts(parts: readonly DocParts[], documents: readonly DocumentMeta[], programKey: ReadonlyMap<string, string>): Set<string> {
  const held = new Map(parts.map((p) => [p.meta.id, factKeys(p, programKey)]));
  const office = new Map(documents.map((d) => [d.id, d.office]));
  // Program key (or '' for the general parts) and office → the newest report of the office having it.
  const newest = new Map<string, string>();
  for (const d of documents) {
    for (const key of ['', ...(held.get(d.id)?.programs ?? [])]) if (!newest.has(`${d.office}|${key}`)) newest.set(`${d.office}|${key}`, d.id);
  }
  const adding = new Set<string>();
  for (const [docId, { facts }] of held) {
    for (const [kind, key] of facts) {
      const first = newest.get(`${office.get(docId)}|${key}`);
      if (first !== docId && !held.get(first!)?.has(kind, key)) {
        adding.add(docId);
        break;
      }
    }
  }
  return adding;
}

interface FactKeys {
  programs: Set<string>;
  facts: [kind: string, key: string][];
  has(kind: string, key: string): boolean;
}

/** Which kinds of fact a report holds for which program keys (`''`: outside every program). */
function factKeys(p: DocParts, programKey: ReadonlyMap<string, string>): FactKeys {
  const keys = new Set<string>();
  const programs = new Set<string>();
  const facts: [string, string][] = [];
  for (const kind of KINDS) {
    for (const fact of p.facts[kind]) {
      const programId = 'programId' in fact ? fact.programId : null;
      const top = programId === null ? null : p.topProgram.get(programId) ?? null;
      const key = top === null ? '' : programKey.get(top) ?? '';
      if (key) programs.add(key);
      if (keys.has(`${kind}|${key}`)) continue;
      keys.add(`${kind}|${key}`);
      facts.push([kind, key]);
    }
  }
  for (const key of p.programs.keys()) programs.add(programKey.get(p.programs.get(key)!) ?? key);
  return { programs, facts, has: (kind, key) => keys.has(`${kind}|${key}`) };
}
