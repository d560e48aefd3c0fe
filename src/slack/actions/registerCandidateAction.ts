import type { App } from '@slack/bolt';
import { answerMessage } from '../blocks/answerMessage';
import { noticeMessage } from '../blocks/noticeMessage';
import { renderReply } from '../blocks/renderReply';
import { answer } from '../commands/runEconRequest';
import { respondWith } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import { CANDIDATE_ACTION_PATTERN } from './actionIds';
import { answerCandidateInPlace } from './answerCandidateInPlace';
import { QuestionValue, readButton } from './actionValues';

/**
 * A candidate button on an ambiguous answer: asks its unambiguous question and replaces the
 * ephemeral message; in a thread, DM or modal it answers there instead.
 */
export function registerCandidateAction(app: App, services: BotServices): void {
  app.action(CANDIDATE_ACTION_PATTERN, async ({ ack, body, respond, logger, client }) => {
    await ack();
    const button = readButton(body, QuestionValue);
    if (button === null) {
      await respondWith(respond, noticeMessage('error', '선택한 항목을 읽지 못했습니다. 질문을 다시 해 주세요.'), { responseType: 'ephemeral', replaceOriginal: false }, logger);
      return;
    }
    if (await services.inFlight.run(() => answerCandidateInPlace(client, services, body, button.value.q))) return;
    const reply = await answer(services, { userId: button.userId, via: 'slack' }, button.value.q);
    if (reply.kind !== 'answer') {
      await respondWith(respond, renderReply(reply), { responseType: 'ephemeral', replaceOriginal: false }, logger);
      return;
    }
    await respondWith(respond, answerMessage(reply.answer, { shareable: true }), { responseType: 'ephemeral', replaceOriginal: true }, logger);
  });
}
