import { z } from 'zod';
import { ConversationContext, contextAfter, withContext } from '../../answer/followUp';
import type { EconReply } from '../commands/EconReply';
import { answer, type Asker } from '../commands/runEconRequest';
import type { BotServices } from '../services/BotServices';

/** A conversation's context lasts this long after its last question. */
export const CONTEXT_TTL_MS = 24 * 60 * 60 * 1000;

/** What is stored per conversation: that the bot answered there, and the subject it answered about. */
const ConversationState = z.object({ context: ConversationContext.nullable() });
type ConversationState = z.infer<typeof ConversationState>;

/** A conversation as read from the store; `answered` is false when the bot never answered in it (or it expired). */
export interface ConversationView {
  answered: boolean;
  context: ConversationContext | null;
}

/**
 * Reads a conversation's state. A store that cannot be reached reads as a fresh conversation (the
 * question is still answered, just without context), with one warning.
 */
export async function readConversation(services: BotServices, key: string): Promise<ConversationView> {
  try {
    const stored = ConversationState.safeParse(await services.conversations.getContext(key));
    return stored.success ? { answered: true, context: stored.data.context } : { answered: false, context: null };
  } catch (error) {
    services.logger.warn(`conversation context unavailable, answering without it: ${describe(error)}`);
    return { answered: false, context: null };
  }
}

/**
 * Answers a question in a conversation (a thread, a DM, the terminal): reads it with the
 * conversation's subject when it names none of its own, answers and logs it, and keeps the new
 * subject for 24 hours from now.
 */
export async function askInConversation(services: BotServices, asker: Asker, key: string, question: string): Promise<EconReply> {
  const kb = services.knowledge.current;
  const { context } = await readConversation(services, key);
  const read = withContext(kb, question, context);
  const reply = await answer(services, asker, read.question);
  const next = reply.kind === 'answer' ? contextAfter(kb, question, reply.answer, context) : context;
  await save(services, key, { context: next });
  return reply;
}

/** Forgets a conversation's subject ("처음부터", `/new`); the bot still counts as having answered there. */
export async function startOver(services: BotServices, key: string): Promise<void> {
  await save(services, key, { context: null });
}

/** Records the subject a candidate button or shortcut answered about, as if it had been asked there. */
export async function rememberAnswer(services: BotServices, key: string, question: string, reply: EconReply): Promise<void> {
  if (reply.kind !== 'answer') return;
  const { context } = await readConversation(services, key);
  await save(services, key, { context: contextAfter(services.knowledge.current, question, reply.answer, context) });
}

async function save(services: BotServices, key: string, state: ConversationState): Promise<void> {
  try {
    await services.conversations.setContext(key, state, CONTEXT_TTL_MS);
  } catch (error) {
    services.logger.warn(`could not keep conversation context: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
