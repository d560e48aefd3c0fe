import type { Digest } from './computeDigest';
import { formatDatePoint } from '../dates/formatDatePoint';
import { OVERDUE_LOOKBACK_DAYS } from './computeDigest';

/** The digest's title and section headings, shared by the Slack and text renderings so they say the same. */
export function digestHeadings(digest: Digest) {
  const [year, month] = digest.month.split('-').map(Number) as [number, number];
  const from = formatDatePoint({ date: digest.asOf, precision: 'day' });
  const to = formatDatePoint({ date: digest.weekEnd, precision: 'day' }, digest.weekEnd.slice(0, 4) !== digest.asOf.slice(0, 4));
  return {
    title: `주간 일정 다이제스트: ${from} ~ ${to}`,
    dueThisWeek: '이번 주 일정',
    thisMonth: `${year}년 ${month}월 중 (날짜 미정)`,
    overdue: `기한이 지났지만 완료 보고가 없는 일정 (최근 ${OVERDUE_LOOKBACK_DAYS / 7}주)`,
    nothingThisWeek: '이번 주에 날짜가 정해진 일정은 없습니다.',
    noneAhead: '보고서에 이후 예정된 일정이 더 없습니다.',
    nextAhead: '다음 일정',
    footnote: '날짜와 진행 상태는 보고서에 적힌 그대로이며, 보고서 이후의 진행 상황은 반영되지 않습니다.',
  };
}
