import type { Knowledge } from '../knowledge/Knowledge';
import { topicsOf } from './rankFacts';
import type { Question } from './Question';

/**
 * True when the question names nothing but (at most) its department or the office itself, and
 * the words `allowed` (a headcount's job types: `임기제`): `금융투자과 집행률`, `경제정책실 전체
 * 인력` — not `서울큐브 총 예산` or `캠퍼스타운 전체 인력`.
 */
export function namesNothingElse(kb: Knowledge, question: Question, allowed: readonly string[] = []): boolean {
  const offices = [...kb.documents.map((d) => d.office), ...allowed];
  return topicsOf(kb, question).every((t) => t.required.every((w) => offices.some((o) => o.startsWith(w) || w.startsWith(o))));
}
