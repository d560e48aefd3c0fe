import { conversationReply } from '../blocks/conversationReply';
import type { EconReply } from '../commands/EconReply';
import { conversationKey, type ConversationPlace } from '../conversation/conversationKey';
import { postMessage, type SlackClient } from '../conversation/postMessage';
import { runConversationTurn } from '../conversation/runConversationTurn';
import type { BotServices } from '../services/BotServices';
import type { QuestionSource } from '../../state/records';

/** Slack retries an event for about an hour at most; a claim lasts that long. */
export const EVENT_CLAIM_TTL_MS = 60 * 60 * 1000;

/** A person's message the bot is to answer. */
export interface IncomingMessage {
  source: Extract<QuestionSource, 'mention' | 'thread' | 'dm'>;
  userId: string;
  place: ConversationPlace;
  /** The message, without the bot's mention. */
  text: string;
  /** The event's id (the same on every retry). */
  eventId: string;
}

/**
 * Answers one message event once: claims its event id (a retry, here or on another instance, finds
 * it claimed), runs the conversation turn and posts the reply in the conversation. The listener
 * awaits it, so shutdown (which tracks every listener) waits for the reply.
 */
export async function answerMessageEvent(client: SlackClient, services: BotServices, incoming: IncomingMessage): Promise<void> {
  if (!(await claimEvent(services, incoming.eventId))) {
    services.logger.debug(`event ${incoming.eventId} already answered (a retry)`);
    return;
  }
  const asker = { userId: incoming.userId, via: 'slack', source: incoming.source } as const;
  let reply: EconReply;
  try {
    reply = await runConversationTurn(services, asker, conversationKey(incoming.place), incoming.text);
  } catch (error) {
    services.logger.error(`answering a ${incoming.source} message failed`, error);
    reply = { kind: 'notice', tone: 'error', text: '답을 만드는 중에 오류가 났습니다. 잠시 후 다시 시도해 주세요.' };
  }
  const message = conversationReply(reply, { startOver: incoming.source === 'dm' });
  await postMessage(client, services, { channel: incoming.place.channel, threadTs: incoming.place.threadTs }, message);
}

/** Claims an event id; if the store cannot be reached, answers anyway (a rare duplicate beats a lost answer). */
async function claimEvent(services: BotServices, eventId: string): Promise<boolean> {
  try {
    return await services.dedupe.claimOnce(`event:${eventId}`, EVENT_CLAIM_TTL_MS);
  } catch (error) {
    services.logger.warn(`event dedupe unavailable, answering ${eventId} anyway: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
}
