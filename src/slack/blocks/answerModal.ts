import type { types } from '@slack/bolt';
import { z } from 'zod';
import { ACTION_IDS } from '../actions/actionIds';
import type { EconReply } from '../commands/EconReply';
import { MAX_QUESTION_CHARS } from '../commands/parseEconText';
import { answerMessage } from './answerMessage';
import { button, context, sectionFromMrkdwn } from './elements';
import { LIMITS } from './limits';
import { escapeClamped } from './mrkdwn';
import { renderReply } from './renderReply';

/** callback_id of the shortcut's answer modal. */
export const ANSWER_MODAL_CALLBACK = 'econ_answer_modal';

/** What the modal remembers (its private_metadata): the message's channel and thread, and the question. */
export const ModalMetadata = z.object({
  c: z.string().regex(/^[CGD][A-Z0-9]{2,}$/),
  t: z.string().regex(/^\d+\.\d+$/),
  q: z.string().min(1).max(MAX_QUESTION_CHARS),
  /** The workspace, for the thread's follow-up context. */
  w: z.string().max(40).default('T'),
});
export type ModalMetadata = z.infer<typeof ModalMetadata>;

/** A line under the answer after "스레드에 올리기": posted, or why not and what to do. */
export interface ModalNote {
  tone: 'info' | 'warning';
  text: string;
}

/**
 * The shortcut's answer as a modal: the question, the answer (citation, fields, candidate
 * buttons; no vote buttons, which need a message), and "스레드에 올리기" when there is a thread
 * to post it in. `note` reports how posting went.
 */
export function answerModal(reply: EconReply, meta: ModalMetadata | null, note?: ModalNote): types.ModalView {
  const body = reply.kind === 'answer' ? answerMessage(reply.answer, { shareable: false }).blocks : renderReply(reply).blocks;
  const blocks: types.KnownBlock[] = [
    ...(meta !== null ? [context([`질문: ${escapeClamped(meta.q, 500)}`], 'modal_question')] : []),
    ...body.filter((b) => b.block_id !== 'answer_actions'),
  ];
  if (note !== undefined) blocks.push(sectionFromMrkdwn(`${note.tone === 'info' ? '✅' : '⚠️'} ${escapeClamped(note.text, LIMITS.sectionText - 3)}`, 'modal_note'));
  if (meta !== null && reply.kind === 'answer' && note?.tone !== 'info') {
    blocks.push({
      type: 'actions',
      block_id: 'modal_actions',
      elements: [button({ actionId: ACTION_IDS.postToThread, label: '스레드에 올리기', value: 'post', style: 'primary' })],
    });
  }
  return {
    type: 'modal',
    callback_id: ANSWER_MODAL_CALLBACK,
    title: { type: 'plain_text', text: 'econ-bot 답변' },
    close: { type: 'plain_text', text: '닫기' },
    ...(meta !== null ? { private_metadata: JSON.stringify(meta) } : {}),
    blocks,
  };
}

/** Reads a modal's private_metadata; null when it is not what answerModal put there. */
export function readModalMetadata(raw: string | undefined): ModalMetadata | null {
  if (raw === undefined || raw === '') return null;
  try {
    const parsed = ModalMetadata.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
