import type { EconReply } from '../commands/EconReply';
import { MAX_QUESTION_CHARS, parseEconText } from '../commands/parseEconText';
import { runEconRequest, type Asker } from '../commands/runEconRequest';
import type { BotServices } from '../services/BotServices';
import { askInConversation, startOver } from './askInConversation';

/** Words that start a conversation over (`처음부터`, `/new`, `새 질문`). */
const START_OVER = /^(?:처음부터(?:\s*다시)?|새\s*(?:질문|대화)|\/?new|reset|리셋)[.!?\s]*$/i;

/**
 * Longer messages are refused before any pattern is run on them: DMs and mentions may be pasted
 * documents of tens of thousands of characters, and no question is that long even with markup.
 */
export const MAX_MESSAGE_CHARS = 10 * MAX_QUESTION_CHARS;

/** The refusal for a message too long to be a question, or null when its length is fine. */
export function tooLong(text: string): EconReply | null {
  if (text.length <= MAX_MESSAGE_CHARS) return null;
  return { kind: 'notice', tone: 'warning', text: `질문이 너무 깁니다 (${text.length}자). ${MAX_QUESTION_CHARS}자 이내로 핵심만 적어 주세요.` };
}

/** Said after a start-over. */
export const STARTED_OVER = '처음부터 다시 시작합니다. 다음 질문은 앞의 대화와 상관없이 읽습니다.';

/** True when `text` asks to start the conversation over. */
export function isStartOver(text: string): boolean {
  return START_OVER.test(text.trim());
}

/**
 * One message in a conversation (a mention, a thread reply, a DM), already stripped of the bot's
 * mention: a question (read with the conversation's subject), `help`, `digest`, or "처음부터". The
 * admin subcommands stay on `/econ`, where the answer is private.
 */
export async function runConversationTurn(services: BotServices, asker: Asker, key: string, text: string): Promise<EconReply> {
  const refused = tooLong(text);
  if (refused !== null) return refused;
  if (isStartOver(text)) {
    await startOver(services, key);
    return { kind: 'notice', tone: 'info', text: STARTED_OVER };
  }
  const request = parseEconText(text);
  switch (request.kind) {
    case 'question':
      return askInConversation(services, asker, key, request.question);
    case 'stats':
    case 'reload':
      return { kind: 'notice', tone: 'info', text: `관리자 명령은 \`/econ ${request.kind}\`로 실행해 주세요. 결과는 실행한 사람에게만 보입니다.` };
    default:
      return runEconRequest(services, asker, request);
  }
}
