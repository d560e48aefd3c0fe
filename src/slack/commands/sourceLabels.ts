import type { QuestionSource } from '../../state/records';

/** Korean names of where questions are asked, for `/econ stats`. */
export const SOURCE_LABELS: Record<QuestionSource, string> = {
  command: '/econ',
  mention: '멘션',
  thread: '스레드',
  dm: 'DM',
  shortcut: '메시지 바로가기',
  terminal: '터미널',
};
