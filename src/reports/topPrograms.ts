import type { Section } from '../model/section';

/**
 * Each section's top-level program (null outside the programs).
 *
 * @example
 * topPrograms(sections).get('seoul-econ-2022-09/IV-1-1/사업개요'); // 'seoul-econ-2022-09/IV-1-1'
 */
export function topPrograms(sections: readonly Section[]): Map<string, string | null> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const top = new Map<string, string | null>();
  for (const section of sections) {
    let program: string | null = null;
    for (let s: Section | undefined = section; s; s = s.parentId ? byId.get(s.parentId) : undefined) {
      if (s.kind === 'program') program = s.id;
    }
    top.set(section.id, program);
  }
  return top;
}
