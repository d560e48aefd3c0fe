import type { EconReply } from '../commands/EconReply';
import { parseEconText } from '../commands/parseEconText';
import { runEconRequest, type Asker } from '../commands/runEconRequest';
import type { BotServices } from '../services/BotServices';
import { askInConversation, startOver } from './askInConversation';

/** Words that start a conversation over (`처음부터`, `/new`, `새 질문`). */
const START_OVER = /^(?:처음부터(?:\s*다시)?|새\s*(?:질문|대화)|\/?new|reset|리셋)[.!?\s]*$/i;

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
