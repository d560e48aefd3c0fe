import { reportsInBrief } from '../../reports/listReports';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { answerModal, type ModalMetadata } from '../blocks/answerModal';
import { viewViolations } from '../blocks/viewViolations';
import type { EconReply } from '../commands/EconReply';
import { parseEconText } from '../commands/parseEconText';
import { answer } from '../commands/runEconRequest';
import { slackErrorCode } from '../conversation/postMessage';
import { tooLong } from '../conversation/runConversationTurn';
import { SlackUserId } from '../payloads';
import type { BotServices } from '../services/BotServices';

/** callback_id of the "econ-bot에게 묻기" message shortcut (also in manifest.yml). */
export const ASK_SHORTCUT_CALLBACK = 'econ_ask_message';

/** The parts of a message shortcut's payload econ-bot reads. */
const MessageShortcutBody = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: SlackUserId }),
  team: z.object({ id: z.string() }).nullable().optional(),
  channel: z.object({ id: z.string() }),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().default('') }),
});

/**
 * "econ-bot에게 묻기" on a message: asks the message's text and opens the answer in a modal (which
 * needs no channel membership), with a button to post it in the message's thread.
 */
export function registerAskShortcut(app: App, services: BotServices): void {
  app.shortcut({ type: 'message_action', callback_id: ASK_SHORTCUT_CALLBACK }, async ({ ack, body, client }) => {
    await ack();
    const parsed = MessageShortcutBody.safeParse(body);
    if (!parsed.success) {
      services.logger.warn('ignoring a message shortcut with an unexpected body');
      return;
    }
    const { message, channel, user, team, trigger_id: triggerId } = parsed.data;
    const { reply, question } = await askMessage(services, user.id, message.text);
    const threadTs = message.thread_ts ?? message.ts;
    const meta: ModalMetadata | null =
      question !== null && /^[CGD][A-Z0-9]{2,}$/.test(channel.id) && /^\d+\.\d+$/.test(threadTs) ? { c: channel.id, t: threadTs, q: question, w: team?.id ?? 'T' } : null;
    const view = answerModal(reply, meta);
    const problems = viewViolations(view as unknown as Record<string, unknown>);
    if (problems.length > 0) services.logger.warn(`answer modal breaks Block Kit limits: ${problems.join('; ')}`);
    try {
      await client.views.open({ trigger_id: triggerId, view });
    } catch (error) {
      services.logger.warn(`could not open the answer modal: ${slackErrorCode(error)}`);
    }
  });
}

/** Asks a message's text; `question` is what was asked, null when the text holds no question. */
async function askMessage(services: BotServices, userId: string, text: string): Promise<{ reply: EconReply; question: string | null }> {
  const refused = tooLong(text);
  if (refused !== null) return { reply: refused, question: null };
  const request = parseEconText(text);
  if (request.kind === 'question') {
    return { reply: await answer(services, { userId, via: 'slack', source: 'shortcut' }, request.question), question: request.question };
  }
  if (request.kind === 'rejected') return { reply: { kind: 'notice', tone: 'warning', text: request.message }, question: null };
  if (request.kind === 'help' && text.trim() !== '') return { reply: { kind: 'help', isAdmin: services.isAdmin(userId), reports: reportsInBrief(services.knowledge.current.library.documents) }, question: null };
  return { reply: { kind: 'notice', tone: 'info', text: '이 메시지에는 물어볼 내용이 없습니다. 사업 이름과 궁금한 것(예산, 일정, 위치…)이 담긴 메시지에서 써 주세요.' }, question: null };
}
