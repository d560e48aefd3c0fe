import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';
import { intervalSpan } from '../dates/intervalSpan';
import { statedYears } from '../dates/statedYears';
import { inPeriod } from './inPeriod';
import { periodOf } from './periodOf';
import type { Question } from './Question';
import { MIN_MATCH, rankFacts } from './rankFacts';
import { withoutWords } from './withoutWords';

/**
 * What a schedule question is about once its period is read: `다음 달에 테스트베드 선정과제
 * 협약하는 거 맞죠?` asks about 테스트베드 선정과제 협약 among the milestones of next month (by the
 * question's clock). Milestones wholly inside the period come first (`이번 달 말에 … 며칠?` is the
 * one on the 29th, not the one dated only `'22.9월`) when one of them is what the question names.
 * Without a period, the question and every milestone as they are.
 */
export function scheduleScope(kb: Knowledge, q: Question): { question: Question; keep: (m: Milestone) => boolean } {
  const period = periodOf(kb, q);
  if (!period) return { question: q, keep: () => true };
  const question = withoutWords(kb, q, period.words.flatMap((w) => w.split(/\s+/)));
  // `23년 캠퍼스타운 신규대학 …`: a year the milestone's own heading states (`'23년 … 공모 선정`)
  // names the milestone; it does not date it.
  const year = period.start.precision === 'year' ? Number(period.from.slice(0, 4)) : null;
  const headed = (m: Milestone) => year !== null && statedYears(m.owner).includes(year);
  const overlapping = (m: Milestone) => inPeriod(m, period) || headed(m);
  const inside = (m: Milestone) => {
    const span = m.when && intervalSpan(m.when);
    return (span !== null && span.from >= period.from && span.to <= period.to) || headed(m);
  };
  const named = rankFacts(kb, question, kb.match.milestones, inside)[0];
  return { question, keep: named && named.score >= MIN_MATCH ? inside : overlapping };
}
