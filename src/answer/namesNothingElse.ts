import type { Knowledge } from '../knowledge/Knowledge';
import { topicsOf } from './rankFacts';
import type { Question } from './Question';

/**
 * True when the question names nothing but (at most) its department or the office itself, and
 * the words `allowed` (a headcount's job types: `임기제`): `금융투자과 집행률`, `경제정책실 전체
 * 인력` — not `서울큐브 총 예산` or `캠퍼스타운 전체 인력`.
 */
export function namesNothingElse(kb: Knowledge, question: Question, allowed: readonly string[] = []): boolean {
  const offices = [...kb.documents.map((d) => d.office), ...allowed, ...departmentAsTyped(kb, question)];
  return topicsOf(kb, question).every((t) => t.required.every((w) => offices.some((o) => o.startsWith(w) || w.startsWith(o))));
}

/** The department as the question writes it by a short name (`미디어콘텐츠과` for 미디어콘텐츠산업과). */
function departmentAsTyped(kb: Knowledge, question: Question): string[] {
  const department = kb.match.departments.find((d) => d.name === question.department);
  if (!department) return [];
  const compact = question.text.replace(/\s+/g, '').toLowerCase();
  return department.stems.flatMap((stem) => stem.exec(compact)?.[0] ?? []);
}
