import type { App } from '@slack/bolt';
import { answerMessage } from '../blocks/answerMessage';
import { answerModal, readModalMetadata, type ModalNote } from '../blocks/answerModal';
import { answer } from '../commands/runEconRequest';
import { rememberAnswer } from '../conversation/askInConversation';
import { conversationKey } from '../conversation/conversationKey';
import { postMessage, slackErrorCode } from '../conversation/postMessage';
import type { BotServices } from '../services/BotServices';
import { ACTION_IDS } from './actionIds';
import { ViewButtonBody } from './containerPayloads';

/** Slack's answers when the bot may not post in a conversation: it has to be invited first. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

const INVITE =
  'econ-bot이 이 대화에 없어 스레드에 올리지 못했습니다. 채널에서 `/invite @econ-bot`으로 초대한 뒤 다시 눌러 주세요. (비공개 채널과 DM은 초대해야 올릴 수 있습니다.)';

/**
 * "스레드에 올리기" in the shortcut's modal: answers the question again from the current corpus and
 * posts it in the message's thread, which then follows up on it. The modal says whether it worked,
 * and when the bot is not in the conversation, how to invite it.
 */
export function registerPostToThreadAction(app: App, services: BotServices): void {
  app.action(ACTION_IDS.postToThread, async ({ ack, body, client }) => {
    await ack();
    const parsed = ViewButtonBody.safeParse(body);
    const meta = parsed.success ? readModalMetadata(parsed.data.view.private_metadata) : null;
    if (!parsed.success || meta === null) return;
    const userId = parsed.data.user.id;
    const reply = await answer(services, { userId, via: 'slack', source: 'shortcut' }, meta.q, false);
    if (reply.kind !== 'answer') return;
    const posted = await postMessage(client, services, { channel: meta.c, threadTs: meta.t }, answerMessage(reply.answer, { shareable: false, sharedBy: userId }));
    let note: ModalNote;
    if (posted.ok) {
      await rememberAnswer(services, conversationKey({ team: meta.w, channel: meta.c, threadTs: meta.t }), meta.q, reply);
      note = { tone: 'info', text: '스레드에 올렸습니다. 스레드에서 `@econ-bot 예산은?`처럼 이어서 물어볼 수 있습니다.' };
    } else {
      note = { tone: 'warning', text: NOT_A_MEMBER.has(posted.error) ? INVITE : `스레드에 올리지 못했습니다 (${posted.error}). 잠시 후 다시 시도해 주세요.` };
    }
    try {
      await client.views.update({ view_id: parsed.data.view.id, view: answerModal(reply, meta, note) });
    } catch (error) {
      services.logger.warn(`could not update the answer modal: ${slackErrorCode(error)}`);
    }
  });
}
