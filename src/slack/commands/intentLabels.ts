import type { IntentName } from '../../model/answer';

/** Korean names of the kinds of question, for help and statistics. */
export const INTENT_LABELS: Record<IntentName, string> = {
  budget: '예산',
  schedule: '일정',
  location: '위치',
  headcount: '인원',
  department: '담당 부서',
  aggregate: '합계·비교',
  search: '내용 찾기',
};
