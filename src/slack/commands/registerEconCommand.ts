import type { App } from '@slack/bolt';
import { renderReply } from '../blocks/renderReply';
import { SlashCommandBody } from '../payloads';
import { replier } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import type { EconReply } from './EconReply';
import { parseEconText } from './parseEconText';
import { runEconRequest } from './runEconRequest';

/** The one slash command econ-bot registers (also declared in manifest.yml). */
export const ECON_COMMAND = '/econ';

/**
 * `/econ …`: acknowledges at once (Slack allows 3 seconds), then works out the reply and sends it
 * as an ephemeral message through the command's response_url (retried; resolves when delivered or
 * given up, never throws).
 */
export function registerEconCommand(app: App, services: BotServices): void {
  app.command(ECON_COMMAND, async ({ command, ack }) => {
    await ack();
    const body = SlashCommandBody.safeParse(command);
    const reply = replier(services, command.response_url, { command: ECON_COMMAND, user: body.success ? body.data.user_id : 'unknown' });
    let result: EconReply;
    if (!body.success) {
      services.logger.warn('ignoring /econ with an unexpected body', { issues: body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      result = { kind: 'notice', tone: 'error', text: '요청을 읽을 수 없습니다. 잠시 후 다시 시도해 주세요.' };
    } else {
      try {
        result = await runEconRequest(services, { userId: body.data.user_id, via: 'slack' }, parseEconText(body.data.text));
      } catch (error) {
        services.logger.error('/econ failed', error);
        result = { kind: 'notice', tone: 'error', text: '답을 만드는 중에 오류가 났습니다. 잠시 후 다시 시도해 주세요.' };
      }
    }
    await reply(renderReply(result), { responseType: 'ephemeral' });
  });
}
