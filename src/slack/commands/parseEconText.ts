import { isIsoDate } from '../../digest/calendarDays';
import { cleanCommandText } from './cleanCommandText';
import { groupThousands } from '../../text/groupThousands';

/** Longest question accepted, in characters; real questions are a few words. */
export const MAX_QUESTION_CHARS = 200;

/**
 * Longest raw text looked at, in UTF-16 units: checked before any pattern runs, so a huge paste costs
 * nothing. Generous, because Slack's markup (`<@U012ABCDEF|name>`, links) makes raw text longer than
 * what the person sees.
 */
export const MAX_RAW_TEXT_CHARS = 10 * MAX_QUESTION_CHARS;

/** Words after `/econ reload` that skip the lost-content check. */
const FORCE_WORDS = new Set(['force', '강제']);

/** The subcommands `/econ` knows, by their first word. */
export const SUBCOMMANDS = ['help', 'stats', 'digest', 'reload', 'reports'] as const;

/** What a person asked `/econ` to do. */
export type EconRequest =
  | { kind: 'help' }
  | { kind: 'stats' }
  | { kind: 'reports' }
  /** `force`: swap in the new corpus even if a report lost more than half its content. */
  | { kind: 'reload'; force: boolean }
  | { kind: 'digest'; asOf: string | null }
  | { kind: 'question'; question: string }
  /** Input that cannot be acted on, with the Korean explanation to show. */
  | { kind: 'rejected'; message: string };

const ALIASES: Record<string, (typeof SUBCOMMANDS)[number]> = {
  help: 'help',
  '도움말': 'help',
  '도움': 'help',
  '?': 'help',
  stats: 'stats',
  '통계': 'stats',
  digest: 'digest',
  '다이제스트': 'digest',
  reload: 'reload',
  reports: 'reports',
  '보고서': 'reports',
};

/**
 * Reads the text after `/econ`. The first word picks a subcommand (`help`, `stats`, `digest
 * [YYYY-MM-DD]`, `reload`, `reports`); nothing at all means help; anything else is a question. A lone lower-case
 * English word that is not a subcommand (`/econ relaod`) is treated as a mistyped subcommand rather
 * than sent to the core as a question.
 */
export function parseEconText(raw: string): EconRequest {
  if (raw.length > MAX_RAW_TEXT_CHARS) return tooLong(Array.from(raw).length);
  const text = cleanCommandText(raw);
  if (text === '') return { kind: 'help' };
  const [first = '', ...rest] = text.split(' ');
  const subcommand = ALIASES[first.toLowerCase()];
  const argument = rest.join(' ');

  switch (subcommand) {
    case 'help':
      return { kind: 'help' };
    case 'stats':
      return { kind: 'stats' };
    case 'reports':
      if (argument === '') return { kind: 'reports' };
      break;
    case 'reload':
      if (argument === '' || FORCE_WORDS.has(argument.toLowerCase())) return { kind: 'reload', force: argument !== '' };
      return { kind: 'rejected', message: `알 수 없는 reload 옵션입니다: "${argument}". \`/econ reload\` 또는 \`/econ reload force\`로 적어 주세요.` };
    case 'digest':
      if (argument === '') return { kind: 'digest', asOf: null };
      return isIsoDate(argument)
        ? { kind: 'digest', asOf: argument }
        : { kind: 'rejected', message: `날짜 형식이 올바르지 않습니다: "${argument}". \`/econ digest 2022-10-31\`처럼 YYYY-MM-DD로 적어 주세요.` };
  }

  if (rest.length === 0 && /^[a-z]+$/.test(first)) {
    return {
      kind: 'rejected',
      message: `알 수 없는 명령입니다: "${first}". 사용할 수 있는 명령은 ${SUBCOMMANDS.map((s) => `\`${s}\``).join(', ')}입니다. 질문은 \`/econ 청년취업사관학교 예산\`처럼 한국어로 적어 주세요.`,
    };
  }
  return validateQuestion(text);
}

function validateQuestion(text: string): EconRequest {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { kind: 'rejected', message: '질문에 글자나 숫자가 없습니다. 사업 이름이나 궁금한 내용을 적어 주세요. (`/econ help`로 사용법 보기)' };
  }
  // Lines pasted from the report before the question: the question is the last line, and only it
  // has to be short (the whole is already within MAX_RAW_TEXT_CHARS).
  const length = Array.from(text.slice(text.lastIndexOf('\n') + 1)).length;
  if (length > MAX_QUESTION_CHARS) return tooLong(length);
  return { kind: 'question', question: text };
}

function tooLong(length: number): EconRequest {
  return { kind: 'rejected', message: `질문이 너무 깁니다 (${groupThousands(length)}자). ${MAX_QUESTION_CHARS}자 이내로 핵심만 적어 주세요.` };
}
