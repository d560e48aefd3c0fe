import type { IntentName } from '../../model/answer';

/** Korean names of the kinds of question, for help and statistics. */
export const INTENT_LABELS: Record<IntentName, string> = {
  budget: '예산',
  schedule: '일정',
  location: '위치',
  headcount: '인원',
  department: '담당 부서',
  aggregate: '합계·비교',
  overview: '사업 개요·표',
  calendar: '기간별 일정',
  table: '표 찾기',
  compare: '보고서 간 변경',
  search: '내용 찾기',
};
