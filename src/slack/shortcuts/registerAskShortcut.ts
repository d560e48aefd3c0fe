import type { App } from '@slack/bolt';
import { z } from 'zod';
import { answerModal, type ModalMetadata } from '../blocks/answerModal';
import { viewViolations } from '../blocks/viewViolations';
import type { EconReply } from '../commands/EconReply';
import { parseEconText } from '../commands/parseEconText';
import { answer } from '../commands/runEconRequest';
import { slackErrorCode } from '../conversation/postMessage';
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
    await services.inFlight.run(async () => {
      const request = parseEconText(message.text);
      let reply: EconReply;
      let meta: ModalMetadata | null = null;
      if (request.kind === 'question') {
        reply = await answer(services, { userId: user.id, via: 'slack', source: 'shortcut' }, request.question);
        const threadTs = message.thread_ts ?? message.ts;
        if (/^[CGD][A-Z0-9]{2,}$/.test(channel.id) && /^\d+\.\d+$/.test(threadTs)) meta = { c: channel.id, t: threadTs, q: request.question, w: team?.id ?? 'T' };
      } else if (request.kind === 'rejected') {
        reply = { kind: 'notice', tone: 'warning', text: request.message };
      } else {
        reply = { kind: 'notice', tone: 'info', text: '이 메시지에는 물어볼 내용이 없습니다. 사업 이름과 궁금한 것(예산, 일정, 위치…)이 담긴 메시지에서 써 주세요.' };
      }
      const view = answerModal(reply, meta);
      const problems = viewViolations(view as unknown as Record<string, unknown>);
      if (problems.length > 0) services.logger.warn(`answer modal breaks Block Kit limits: ${problems.join('; ')}`);
      try {
        await client.views.open({ trigger_id: triggerId, view });
      } catch (error) {
        services.logger.warn(`could not open the answer modal: ${slackErrorCode(error)}`);
      }
    });
  });
}
