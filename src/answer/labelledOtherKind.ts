import type { Knowledge } from '../knowledge/Knowledge';

/**
 * Whether a `label : value` line's label is an overview field of a kind other than those given: a
 * place asked is never answered by `추진목적 : 실업자, 노숙자, …` or `추진근거 : … 제6조, …`, however
 * many names the value lists. A line without a label, or with a label of no kind, is not.
 *
 * @example
 * labelledOtherKind(kb, '추진목적 : 실업자, 노숙자, 일용 근로자 등에 공공일자리 제공', ['장소']); // true
 * labelledOtherKind(kb, '장 소 : 노들섬', ['장소']);                                            // false
 */
export function labelledOtherKind(kb: Knowledge, line: string, kinds: readonly string[]): boolean {
  const at = line.indexOf(' : ');
  if (at < 0) return false;
  const label = line.slice(0, at).replace(/\s+/g, '');
  const kind = kb.lexicon.intent('overview').kinds.find((k) => k.cue.test(label))?.kind;
  return kind !== undefined && !kinds.includes(kind);
}
