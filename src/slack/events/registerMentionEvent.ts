import type { App } from '@slack/bolt';
import { isDirectMessage } from '../conversation/conversationKey';
import type { BotServices } from '../services/BotServices';
import { answerMessageEvent } from './answerMessageEvent';
import { isPersonMessage, MentionEvent } from './eventPayloads';
import { incomingFrom } from './incomingFrom';

/**
 * `@econ-bot …` in a channel: answered in the thread under the mention, or in the thread the
 * mention was written in, with that thread's follow-up context.
 */
export function registerMentionEvent(app: App, services: BotServices): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const parsed = MentionEvent.safeParse(event);
    if (!parsed.success || !isPersonMessage(parsed.data, context.botUserId) || isDirectMessage(parsed.data.channel)) return;
    const mention = parsed.data;
    const source = mention.thread_ts !== undefined ? 'thread' : 'mention';
    await answerMessageEvent(client, services, incomingFrom(body, mention, context.botUserId, source, mention.thread_ts ?? mention.ts));
  });
}
