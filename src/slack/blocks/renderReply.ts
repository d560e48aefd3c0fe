import type { EconReply } from '../commands/EconReply';
import { answerMessage } from './answerMessage';
import { digestMessage } from './digestMessage';
import { helpMessage } from './helpMessage';
import { reportsMessage } from './reportsMessage';
import { noticeMessage } from './noticeMessage';
import { reloadMessage } from './reloadMessage';
import type { SlackMessage } from './SlackMessage';
import { statsMessage } from './statsMessage';

/** Renders any `/econ` reply as the ephemeral Block Kit message the caller sees. */
export function renderReply(reply: EconReply): SlackMessage {
  switch (reply.kind) {
    case 'answer':
      return answerMessage(reply.answer, { shareable: true });
    case 'help':
      return helpMessage(reply.isAdmin, reply.reports);
    case 'reports':
      return reportsMessage(reply.reports);
    case 'stats':
      return statsMessage(reply.summary);
    case 'digest':
      return digestMessage(reply.digest, { preview: true });
    case 'reload':
      return reloadMessage(reply.outcome, reply.corpusDir);
    case 'notice':
      return noticeMessage(reply.tone, reply.text);
  }
}
