import type { App } from '@slack/bolt';
import { answerMessage } from '../blocks/answerMessage';
import { noticeMessage } from '../blocks/noticeMessage';
import { renderReply } from '../blocks/renderReply';
import { answer } from '../commands/runEconRequest';
import { replier } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import { ACTION_IDS } from './actionIds';
import { QuestionValue, readButton } from './actionValues';

/**
 * "채널에 공유": answers the question again from the current corpus and posts it in the channel
 * through the response_url, so it works in any channel the command was used in without the bot
 * having to be a member.
 */
export function registerShareAction(app: App, services: BotServices): void {
  app.action(ACTION_IDS.share, async ({ ack, body }) => {
    await ack();
    const button = readButton(body, QuestionValue);
    const respond = replier(services, body.response_url ?? '', { action: ACTION_IDS.share, user: body.user.id });
    if (button === null) {
      await respond(noticeMessage('error', '공유할 답을 찾지 못했습니다. 질문을 다시 해 주세요.'), { responseType: 'ephemeral', replaceOriginal: false });
      return;
    }
    const reply = await answer(services, { userId: button.userId, via: 'slack' }, button.value.q, false);
    if (reply.kind !== 'answer') {
      await respond(renderReply(reply), { responseType: 'ephemeral', replaceOriginal: false });
      return;
    }
    const message = answerMessage(reply.answer, { shareable: false, sharedBy: button.userId });
    await respond(message, { responseType: 'in_channel', replaceOriginal: false });
  });
}
