import type { EconReply } from '../commands/EconReply';
import { answerMessage } from './answerMessage';
import { digestMessage } from './digestMessage';
import { renderReply } from './renderReply';
import type { SlackMessage } from './SlackMessage';

/**
 * A reply posted where everyone in the conversation sees it (a thread or a DM): answers without
 * "채널에 공유" (they already are in the channel) and with "처음부터" when asked, digests without the
 * "only you can see this" note; the rest as for `/econ`.
 */
export function conversationReply(reply: EconReply, options: { startOver: boolean }): SlackMessage {
  switch (reply.kind) {
    case 'answer':
      return answerMessage(reply.answer, { shareable: false, startOver: options.startOver });
    case 'digest':
      return digestMessage(reply.digest);
    default:
      return renderReply(reply);
  }
}
