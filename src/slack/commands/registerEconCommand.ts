import type { App } from '@slack/bolt';
import { renderReply } from '../blocks/renderReply';
import { SlashCommandBody } from '../payloads';
import { respondWith } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import type { EconReply } from './EconReply';
import { parseEconText } from './parseEconText';
import { runEconRequest } from './runEconRequest';

/** The one slash command econ-bot registers (also declared in manifest.yml). */
export const ECON_COMMAND = '/econ';

/**
 * `/econ …`: acknowledges at once (Slack allows 3 seconds), then works out the reply and sends it
 * as an ephemeral message through the command's response_url.
 */
export function registerEconCommand(app: App, services: BotServices): void {
  app.command(ECON_COMMAND, async ({ command, ack, respond, logger }) => {
    await ack();
    const body = SlashCommandBody.safeParse(command);
    let reply: EconReply;
    if (!body.success) {
      logger.warn('ignoring /econ with an unexpected body', body.error.issues);
      reply = { kind: 'notice', tone: 'error', text: '요청을 읽을 수 없습니다. 잠시 후 다시 시도해 주세요.' };
    } else {
      try {
        reply = await runEconRequest(services, { userId: body.data.user_id, via: 'slack' }, parseEconText(body.data.text));
      } catch (error) {
        logger.error('/econ failed', error);
        reply = { kind: 'notice', tone: 'error', text: '답을 만드는 중에 오류가 났습니다. 잠시 후 다시 시도해 주세요.' };
      }
    }
    await respondWith(respond, renderReply(reply), { responseType: 'ephemeral' }, logger);
  });
}
