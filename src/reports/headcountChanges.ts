import { answerOf, citationOf } from '../answer/compose';
import type { Question } from '../answer/Question';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { reportPair } from './reportPair';

/**
 * `경제정책실 정원 작년보다 늘었나?`, `금융투자과 인력 변화`: a department's (or the office's) quota
 * and staff in two reports, with the difference. Null when the question does not ask about
 * staff or a report lacks the row.
 *
 * @example
 * headcountChanges(kb, q)?.text; // '경제정책실 인력: … (2022년 9월) → … (2023년 3월)\n· 정원 269명 → 273명 (+4명) …'
 */
export function headcountChanges(kb: Knowledge, q: Question): Answer | null {
  if (!kb.lexicon.intent('headcount').asks(q.text)) return null;
  const pair = reportPair(kb, q.namedReports ?? []);
  if (!pair) return null;
  const { library } = kb;
  const department = q.department ?? pair.after.office;
  const row = (docId: string) => library.parts.get(docId)!.facts.headcounts.find((h) => h.department === department);
  const [old, now] = [row(pair.before.id), row(pair.after.id)];
  if (!old || !now) return null;
  const change = (a: number, b: number) => (b === a ? '변동 없음' : `${b > a ? '+' : '−'}${Math.abs(b - a)}명`);
  return answerOf(q, 'compare', {
    headline: `${department} 인력: ${library.names.get(pair.before.id)} → ${library.names.get(pair.after.id)}`,
    details: [`정원 ${old.quota}명 → ${now.quota}명 (${change(old.quota, now.quota)})`, `현원 ${old.current}명 → ${now.current}명 (${change(old.current, now.current)})`],
    subject: department,
    citations: [citationOf(now.source), citationOf(old.source)],
  });
}
