import type { DutyFact } from '../model/dutyFact';
import type { Section } from '../model/section';
import { stripParticle } from '../text/grammar';
import { hangulWords } from './haystack';

/** A duty word names a program only when at most this many programs' titles hold it (`국제기구`, not `지원`). */
const DISTINCTIVE = 2;

/**
 * Which programs each department runs, read from the 주요기능 table: a program or item belongs to a
 * department when its title holds a word of the department's duties that few titles hold (국제협력과's
 * `국제기구 유치 및 개소` names `서울시 내 국제기구 활동기반 조성 …`). Built once at load; a
 * department whose duties name no title has none (a question about it is then not narrowed).
 *
 * @example
 * departmentPrograms(kb.duties, kb.sections).get('국제협력과'); // Set { '…/IV/2/7/2' }
 */
export function departmentPrograms(duties: readonly DutyFact[], sections: readonly Section[]): Map<string, Set<string>> {
  const programs = sections.filter((s) => s.kind === 'program' || s.kind === 'item');
  const titles = programs.map((s) => s.title.replace(/\s+/g, ''));
  const holders = (word: string) => titles.flatMap((title, i) => (title.includes(word) ? [programs[i]!.id] : []));
  const runs = new Map<string, Set<string>>();
  for (const { department, duties: lines } of duties) {
    const words = lines.flatMap((line) => hangulWords(line.replace(/[,•·()]/g, ' '))).map(stripParticle).filter((w) => w.length >= 3);
    const ids = new Set(words.map(holders).filter((ids) => ids.length > 0 && ids.length <= DISTINCTIVE).flat());
    if (ids.size > 0) runs.set(department, ids);
  }
  return runs;
}
