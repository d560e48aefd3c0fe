import { EventEnvelope, type MentionEvent, type MessageEvent } from './eventPayloads';
import { withoutBotMention } from '../conversation/conversationKey';
import { MAX_MESSAGE_CHARS } from '../conversation/runConversationTurn';
import type { IncomingMessage } from './answerMessageEvent';

/**
 * The message to answer from a person's event: who, where (the thread to answer in), the text
 * without the bot's mention, and the event id used to answer it once.
 */
export function incomingFrom(
  body: unknown,
  event: (MentionEvent | MessageEvent) & { user: string },
  botUserId: string | undefined,
  source: IncomingMessage['source'],
  threadTs: string | undefined,
): IncomingMessage {
  const envelope = EventEnvelope.safeParse(body);
  const team = (envelope.success ? envelope.data.team_id : undefined) ?? event.team ?? 'T';
  const eventId = (envelope.success ? envelope.data.event_id : undefined) ?? `${event.channel}:${event.ts}`;
  return {
    source,
    userId: event.user,
    place: { team, channel: event.channel, threadTs },
    text: withoutBotMention(event.text, botUserId, MAX_MESSAGE_CHARS),
    eventId,
  };
}
