import type { Knowledge } from '../knowledge/Knowledge';
import type { SourceRef } from '../model/sourceRef';
import type { PassageLine } from './passageLines';

/**
 * The prepared report line a fact comes from (a table row, a bullet), with the context it is read
 * in (its table's header, the bullets it hangs under), or null when its section does not hold it.
 *
 * @example
 * lineOf(kb, festival.source)?.text; // '서울뮤직페스티벌\t\'22.10.13.~16\t노을맛집 노들섬에서 …'
 */
export function lineOf(kb: Knowledge, source: SourceRef): PassageLine | null {
  const section = kb.sectionById.get(source.sectionId);
  const i = section ? section.lineNumbers.indexOf(source.line) : -1;
  if (i < 0) return null;
  return kb.match.sections.get(source.sectionId)?.lines.find((l) => l.index === i) ?? null;
}
