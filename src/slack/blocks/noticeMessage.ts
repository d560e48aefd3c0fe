import { sectionFromMrkdwn } from './elements';
import { LIMITS } from './limits';
import { escapeClamped } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

const ICON = { info: 'ℹ️', warning: '⚠️', error: '❌' } as const;

/** A one-section message for refusals, bad input and errors; the text is escaped (it may quote the user). */
export function noticeMessage(tone: keyof typeof ICON, text: string): SlackMessage {
  const body = escapeClamped(text, LIMITS.sectionText - 4);
  return { text: body, blocks: [sectionFromMrkdwn(`${ICON[tone]} ${body}`, 'notice')] };
}
