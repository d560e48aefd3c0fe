import type { Knowledge } from '../knowledge/Knowledge';
import type { SourceRef } from '../model/sourceRef';

/**
 * The normalised text of the report line a fact comes from (a table row, a bullet), or '' when the
 * section does not hold it.
 *
 * @example
 * lineText(kb, festival.source); // '서울뮤직페스티벌\t\'22.10.13.~16\t노을맛집 노들섬에서 …'
 */
export function lineText(kb: Knowledge, source: SourceRef): string {
  const section = kb.sectionById.get(source.sectionId);
  if (!section) return '';
  const i = section.lineNumbers.indexOf(source.line);
  return i < 0 ? '' : (section.normText.split('\n')[i] ?? '');
}
