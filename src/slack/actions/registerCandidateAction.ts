import type { App } from '@slack/bolt';
import { answerMessage } from '../blocks/answerMessage';
import { noticeMessage } from '../blocks/noticeMessage';
import { renderReply } from '../blocks/renderReply';
import { answer } from '../commands/runEconRequest';
import { BlockActionBody } from '../payloads';
import { respondWith } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import { CANDIDATE_ACTION_PATTERN } from './actionIds';
import { decodeValue, QuestionValue } from './actionValues';

/** A candidate button on an ambiguous answer: asks its unambiguous question and replaces the message. */
export function registerCandidateAction(app: App, services: BotServices): void {
  app.action(CANDIDATE_ACTION_PATTERN, async ({ ack, body, respond, logger }) => {
    await ack();
    const parsed = BlockActionBody.safeParse(body);
    const value = parsed.success ? decodeValue(QuestionValue, parsed.data.actions[0]?.value) : null;
    if (!parsed.success || value === null) {
      await respondWith(respond, noticeMessage('error', '선택한 항목을 읽지 못했습니다. 질문을 다시 해 주세요.'), { responseType: 'ephemeral', replaceOriginal: false }, logger);
      return;
    }
    const reply = await answer(services, { userId: parsed.data.user.id, via: 'slack' }, value.q);
    if (reply.kind !== 'answer') {
      await respondWith(respond, renderReply(reply), { responseType: 'ephemeral', replaceOriginal: false }, logger);
      return;
    }
    await respondWith(respond, answerMessage(reply.answer, { shareable: true }), { responseType: 'ephemeral', replaceOriginal: true }, logger);
  });
}
