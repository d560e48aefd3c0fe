import { answerModal, readModalMetadata } from '../blocks/answerModal';
import { conversationReply } from '../blocks/conversationReply';
import { answer } from '../commands/runEconRequest';
import { rememberAnswer } from '../conversation/askInConversation';
import { conversationKey, isDirectMessage } from '../conversation/conversationKey';
import { postMessage, slackErrorCode, type SlackClient } from '../conversation/postMessage';
import type { BotServices } from '../services/BotServices';
import { MessageButtonBody, teamOf, ViewButtonBody } from './containerPayloads';

/**
 * A candidate button pressed outside an ephemeral `/econ` reply: on a message in a thread or DM, the
 * answer is posted in that thread (and becomes its subject); in the shortcut's modal, the modal
 * shows it. Returns false when the button was on an ephemeral reply, which the caller handles.
 */
export async function answerCandidateInPlace(client: SlackClient, services: BotServices, body: unknown, question: string): Promise<boolean> {
  const onMessage = MessageButtonBody.safeParse(body);
  if (onMessage.success) {
    const { channel, message, user } = onMessage.data;
    const place = { team: teamOf(onMessage.data), channel: channel.id, threadTs: message.thread_ts ?? (isDirectMessage(channel.id) ? undefined : message.ts) };
    const dm = isDirectMessage(channel.id);
    const reply = await answer(services, { userId: user.id, via: 'slack', source: dm ? 'dm' : 'thread' }, question);
    await rememberAnswer(services, conversationKey(place), question, reply);
    await postMessage(client, services, { channel: place.channel, threadTs: place.threadTs }, conversationReply(reply, { startOver: dm }));
    return true;
  }
  const inView = ViewButtonBody.safeParse(body);
  if (inView.success) {
    const previous = readModalMetadata(inView.data.view.private_metadata);
    const reply = await answer(services, { userId: inView.data.user.id, via: 'slack', source: 'shortcut' }, question);
    const meta = previous === null ? null : { ...previous, q: question };
    try {
      await client.views.update({ view_id: inView.data.view.id, view: answerModal(reply, meta) });
    } catch (error) {
      services.logger.warn(`could not update the answer modal: ${slackErrorCode(error)}`);
    }
    return true;
  }
  return false;
}
