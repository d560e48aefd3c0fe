import type { App } from '@slack/bolt';
import { conversationKey, isDirectMessage } from '../conversation/conversationKey';
import { readConversation } from '../conversation/askInConversation';
import type { BotServices } from '../services/BotServices';
import { answerMessageEvent } from './answerMessageEvent';
import { isPersonMessage, MessageEvent } from './eventPayloads';
import { incomingFrom } from './incomingFrom';

/**
 * `message` events. In a DM (`message.im`) every message is a question, answered where it was
 * written. With ECON_THREAD_FOLLOWUPS=all (`message.channels`), a reply in a channel thread the
 * bot has answered in is a follow-up; one that mentions the bot is left to the `app_mention`
 * listener so it is answered once. Everything else in channels is not the bot's business.
 */
export function registerMessageEvents(app: App, services: BotServices): void {
  app.event('message', async ({ event, body, context, client }) => {
    const parsed = MessageEvent.safeParse(event);
    if (!parsed.success || !isPersonMessage(parsed.data, context.botUserId)) return;
    const message = parsed.data;

    if (message.channel_type === 'im' || isDirectMessage(message.channel)) {
      await answerMessageEvent(client, services, incomingFrom(body, message, context.botUserId, 'dm', message.thread_ts));
      return;
    }
    if (services.threadFollowups !== 'all' || message.thread_ts === undefined || message.thread_ts === message.ts) return;
    if (context.botUserId !== undefined && message.text.includes(`<@${context.botUserId}`)) return;
    const incoming = incomingFrom(body, message, context.botUserId, 'thread', message.thread_ts);
    if (!(await readConversation(services, conversationKey(incoming.place))).answered) return;
    await answerMessageEvent(client, services, incoming);
  });
}
