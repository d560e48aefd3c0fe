import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';
import { inPeriod } from './inPeriod';
import { periodOf } from './periodOf';
import type { Question } from './Question';
import { withoutWords } from './withoutWords';

/**
 * What a schedule question is about once its period is read: `다음 달에 테스트베드 선정과제
 * 협약하는 거 맞죠?` asks about 테스트베드 선정과제 협약 among the milestones of next month (by the
 * question's clock). Without a period, the question and every milestone as they are.
 */
export function scheduleScope(kb: Knowledge, q: Question): { question: Question; milestones: Milestone[] } {
  const period = periodOf(kb, q);
  if (!period) return { question: q, milestones: kb.milestones };
  return {
    question: withoutWords(q, period.words.flatMap((w) => w.split(/\s+/))),
    milestones: kb.milestones.filter((m) => inPeriod(m, period)),
  };
}
