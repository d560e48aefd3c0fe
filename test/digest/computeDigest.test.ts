import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../src/digest/computeDigest';
import { formatDigestText } from '../../src/digest/formatDigestText';
import { formatDatePoint } from '../../src/dates/formatDatePoint';
import { periodEnd } from '../../src/dates/periodEnd';
import { formatDDay } from '../../src/digest/formatDDay';
import type { DatePoint } from '../../src/model/datePoint';
import type { Milestone } from '../../src/model/milestone';

let nextId = 0;
const day = (date: string): DatePoint => ({ date, precision: 'day' });
const month = (date: string): DatePoint => ({ date, precision: 'month' });

/** A milestone shaped like the core's, from a line of the report. */
function milestone(label: string, raw: string, start: DatePoint | null, end: DatePoint | null, status: Milestone['status'] = 'planned'): Milestone {
  nextId += 1;
  return {
    id: `m${nextId}`,
    label,
    owner: '테스트 사업',
    programId: null,
    when: start === null && end === null ? null : { start, end },
    recurrence: start === null && end === null ? '분기별' : null,
    raw,
    status,
    source: { docId: 'doc', sectionId: 's', sectionLabel: 'IV-1-①', sectionPath: ['사업', '향후계획'], line: 100 + nextId },
  };
}

const conference = milestone('서울 글로벌 AI 컨퍼런스 개최', "'22.11.3.~11.4.", day('2022-11-03'), day('2022-11-04'));
const plan = milestone('종합계획 수립', "'22.11월", month('2022-11-01'), month('2022-11-01'));
const inspection = milestone('현장점검', "'22.10. ~ 11.", month('2022-10-01'), month('2022-11-01'));
const fashionWeek = milestone('서울패션위크', "'22.10.11.~15", day('2022-10-11'), day('2022-10-15'));
const oldEvent = milestone('오래된 행사', "'22.8.1.", day('2022-08-01'), day('2022-08-01'));
const doneEvent = milestone('이미 끝난 개관', "'22.11.2.", day('2022-11-02'), day('2022-11-02'), 'done');
const quarterly = milestone('분기별 점검', '분기별', null, null);
const fund = milestone('펀드 조성완료', "~'22. 12.", null, month('2022-12-01'));
const openEnded = milestone('정산 및 평가', "'22.11월~", month('2022-11-01'), null);
const all = [conference, plan, inspection, fashionWeek, oldEvent, doneEvent, quarterly, fund, openEnded];

describe('computeDigest', () => {
  const digest = computeDigest(all, '2022-10-31');

  it('lists exact-date milestones of the coming seven days with D-day, a span once', () => {
    expect(digest.weekEnd).toBe('2022-11-06');
    expect(digest.dueThisWeek.map((e) => [e.milestone.label, e.role, e.daysUntil])).toEqual([['서울 글로벌 AI 컨퍼런스 개최', 'span', 3]]);
  });

  it('lists month-precision items of the current month apart, never with a day', () => {
    expect(digest.month).toBe('2022-10');
    expect(digest.thisMonth.map((e) => [e.milestone.label, e.role, e.daysUntil])).toEqual([['현장점검', 'start', null]]);
  });

  it('lists recently ended milestones not reported done, and not older ones', () => {
    expect(digest.overdue.map((e) => [e.milestone.label, e.daysUntil])).toEqual([['서울패션위크', -16]]);
  });

  it('leaves out done, recurring and undated milestones', () => {
    const listed = [...digest.dueThisWeek, ...digest.thisMonth, ...digest.overdue].map((e) => e.milestone);
    expect(listed).not.toContain(doneEvent);
    expect(listed).not.toContain(quarterly);
  });

  it('names the next milestone ahead when nothing is due this week', () => {
    const quiet = computeDigest(all, '2022-11-07');
    expect(quiet.dueThisWeek).toEqual([]);
    expect(quiet.nextAhead?.milestone.label).toBe('펀드 조성완료');
    expect(formatDigestText(quiet)).toMatch(/이번 주에 날짜가 정해진 일정은 없습니다\.\n다음 일정: 12월 마감/);
    // November month items are "this month" on 7 November (in report order); the ended events of the last four weeks are overdue.
    expect(quiet.thisMonth.map((e) => e.milestone.label)).toEqual(['종합계획 수립', '현장점검', '정산 및 평가']);
    expect(quiet.overdue.map((e) => e.milestone.label)).toEqual(['서울패션위크', '서울 글로벌 AI 컨퍼런스 개최']);
  });

  it('says when there is nothing ahead at all', () => {
    const late = computeDigest(all, '2030-01-07');
    expect(late.nextAhead).toBeNull();
    expect(formatDigestText(late)).toContain('보고서에 이후 예정된 일정이 더 없습니다.');
  });
});

describe('date display', () => {
  it('shows each precision as written, never inventing a day', () => {
    expect(formatDatePoint(day('2022-11-03'))).toBe('2022년 11월 3일 (목)');
    expect(formatDatePoint(month('2022-11-01'))).toBe('2022년 11월');
    expect(formatDatePoint({ date: '2022-10-01', precision: 'quarter' })).toBe('2022년 4분기');
    expect(formatDatePoint({ date: '2022-07-01', precision: 'half' })).toBe('2022년 하반기');
    expect(formatDatePoint({ date: '2022-01-01', precision: 'year' })).toBe('2022년');
  });

  it('knows where each period ends', () => {
    expect(periodEnd(month('2022-02-01'))).toBe('2022-02-28');
    expect(periodEnd({ date: '2022-10-01', precision: 'quarter' })).toBe('2022-12-31');
    expect(periodEnd({ date: '2024-01-01', precision: 'half' })).toBe('2024-06-30');
  });
});

describe('D-day', () => {
  it('counts down to, marks and counts up from an exact date', () => {
    expect([formatDDay(3), formatDDay(0), formatDDay(-2)]).toEqual(['D-3', 'D-day', 'D+2']);
  });
});
