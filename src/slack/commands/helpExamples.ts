import type { IntentName } from '../../model/answer';

/** One example question per kind of question, taken from the report so each really gets an answer. */
export interface HelpExample {
  intent: IntentName;
  question: string;
}

/** Shown by `/econ help`; the tests ask every one of them and expect a found answer of that intent. */
export const HELP_EXAMPLES: readonly HelpExample[] = [
  { intent: 'budget', question: '청년취업사관학교 예산' },
  { intent: 'schedule', question: '청년취업사관학교 종합계획 수립 언제' },
  { intent: 'location', question: '서울 시네마테크 위치' },
  { intent: 'headcount', question: '일자리정책과 정원' },
  { intent: 'department', question: '서울투자청 설립 담당 부서' },
  { intent: 'aggregate', question: '경제정책실 전체 예산 집행률' },
  { intent: 'search', question: 'M-테크워크가 뭐야' },
];

/** Subcommands listed in help, with who may use them. */
export const HELP_SUBCOMMANDS: ReadonlyArray<{ usage: string; description: string; adminOnly: boolean }> = [
  { usage: '/econ <질문>', description: '보고서에서 답을 찾아 출처와 함께 알려 줍니다.', adminOnly: false },
  { usage: '/econ help', description: '이 사용법을 보여 줍니다.', adminOnly: false },
  { usage: '/econ digest [YYYY-MM-DD]', description: '주간 일정 다이제스트를 미리 봅니다 (날짜를 주면 그날 기준).', adminOnly: false },
  { usage: '/econ reports', description: '불러온 보고서와 날짜, 크기를 봅니다.', adminOnly: false },
  { usage: '/econ stats', description: '질문·미답변·피드백 통계를 봅니다.', adminOnly: true },
  { usage: '/econ reload', description: 'corpus/를 다시 읽어 반영합니다. 보고서 내용이 절반 넘게 줄면 멈춥니다.', adminOnly: true },
  { usage: '/econ reload force', description: '내용이 크게 줄었어도 그대로 반영합니다 (의도한 변경일 때만).', adminOnly: true },
];
