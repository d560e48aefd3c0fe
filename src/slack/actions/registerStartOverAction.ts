import type { App } from '@slack/bolt';
import { noticeMessage } from '../blocks/noticeMessage';
import { startOver } from '../conversation/askInConversation';
import { conversationKey } from '../conversation/conversationKey';
import { postMessage } from '../conversation/postMessage';
import { STARTED_OVER } from '../conversation/runConversationTurn';
import type { BotServices } from '../services/BotServices';
import { ACTION_IDS } from './actionIds';
import { MessageButtonBody, teamOf } from './containerPayloads';

/** "처음부터" under an answer in a DM: forgets the conversation's subject and says so there. */
export function registerStartOverAction(app: App, services: BotServices): void {
  app.action(ACTION_IDS.startOver, async ({ ack, body, client }) => {
    await ack();
    const parsed = MessageButtonBody.safeParse(body);
    if (!parsed.success) return;
    const place = { team: teamOf(parsed.data), channel: parsed.data.channel.id, threadTs: parsed.data.message.thread_ts };
    await startOver(services, conversationKey(place));
    await postMessage(client, services, { channel: place.channel, threadTs: place.threadTs }, noticeMessage('info', STARTED_OVER));
  });
}
