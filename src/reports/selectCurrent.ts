import type { DocParts } from './DocParts';
import type { Selection } from './assembleView';

/**
 * What the default view is built from: each program from the newest report that has it (a
 * renamed program is one program: `renamed` maps its old key to the new), and each office's
 * general parts (인력현황, 부서 기능) from that office's newest report. Reports newest first.
 *
 * @example
 * selectCurrent([parts2022, parts2021], new Map()); // 2022 whole, and 2021's programs 2022 lacks
 */
export function selectCurrent(newest: readonly DocParts[], renamed: ReadonlyMap<string, string>): Selection[] {
  const seen = new Set<string>();
  const offices = new Set<string>();
  const selections: Selection[] = [];
  for (const parts of newest) {
    const newestOfOffice = !offices.has(parts.meta.office);
    offices.add(parts.meta.office);
    const kept = new Set<string>();
    for (const [key, id] of parts.programs) if (!seen.has(renamed.get(key) ?? key)) kept.add(id);
    for (const key of parts.programs.keys()) seen.add(renamed.get(key) ?? key);
    if (kept.size === parts.programs.size && newestOfOffice) {
      selections.push({ parts, sectionIds: null });
      continue;
    }
    const ids = parts.sections.filter((s) => (parts.topProgram.get(s.id) ? kept.has(parts.topProgram.get(s.id)!) : newestOfOffice)).map((s) => s.id);
    if (ids.length > 0) selections.push({ parts, sectionIds: new Set(ids) });
  }
  return selections;
}
