import type { App } from '@slack/bolt';
import { answerMessage } from '../blocks/answerMessage';
import { noticeMessage } from '../blocks/noticeMessage';
import { renderReply } from '../blocks/renderReply';
import { answer } from '../commands/runEconRequest';
import { replier } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import { CANDIDATE_ACTION_PATTERN } from './actionIds';
import { answerCandidateInPlace } from './answerCandidateInPlace';
import { QuestionValue, readButton } from './actionValues';

/**
 * A candidate button on an ambiguous answer: asks its unambiguous question and replaces the
 * ephemeral message; in a thread, DM or modal it answers there instead.
 */
export function registerCandidateAction(app: App, services: BotServices): void {
  app.action(CANDIDATE_ACTION_PATTERN, async ({ ack, body, client }) => {
    await ack();
    const button = readButton(body, QuestionValue);
    const reply = replier(services, body.response_url ?? '', { action: 'candidate', user: body.user.id });
    if (button === null) {
      await reply(noticeMessage('error', '선택한 항목을 읽지 못했습니다. 질문을 다시 해 주세요.'), { responseType: 'ephemeral', replaceOriginal: false });
      return;
    }
    if (await answerCandidateInPlace(client, services, body, button.value.q)) return;
    const result = await answer(services, { userId: button.userId, via: 'slack' }, button.value.q);
    if (result.kind !== 'answer') {
      await reply(renderReply(result), { responseType: 'ephemeral', replaceOriginal: false });
      return;
    }
    await reply(answerMessage(result.answer, { shareable: true }), { responseType: 'ephemeral', replaceOriginal: true });
  });
}
