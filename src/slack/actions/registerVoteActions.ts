import type { App } from '@slack/bolt';
import { noticeMessage } from '../blocks/noticeMessage';
import { replier } from '../respondWith';
import type { BotServices } from '../services/BotServices';
import { ACTION_IDS } from './actionIds';
import { readButton, VoteValue } from './actionValues';

/** 👍/👎 under an answer: records the vote (state store) and thanks the voter privately. */
export function registerVoteActions(app: App, services: BotServices): void {
  for (const [actionId, vote] of [
    [ACTION_IDS.voteUp, 'up'],
    [ACTION_IDS.voteDown, 'down'],
  ] as const) {
    app.action(actionId, async ({ ack, body }) => {
      await ack();
      const button = readButton(body, VoteValue);
      const respond = replier(services, body.response_url ?? '', { action: actionId, user: body.user.id });
      const delivery = { responseType: 'ephemeral', replaceOriginal: false } as const;
      if (button === null) {
        await respond(noticeMessage('error', '피드백을 기록하지 못했습니다.'), delivery);
        return;
      }
      await services.state.recordVote({
        at: services.now().toISOString(),
        user: button.userId,
        vote,
        question: button.value.q,
        intent: button.value.i,
        answerId: button.value.a,
      });
      const thanks = vote === 'up' ? '👍 고맙습니다! 피드백을 기록했습니다.' : '👎 알려 주셔서 고맙습니다. 답을 개선하는 데 쓰겠습니다.';
      await respond(noticeMessage('info', thanks), delivery);
    });
  }
}
