import type { Logger, RespondFn } from '@slack/bolt';
import { blockKitViolations } from './blocks/blockKitViolations';
import type { SlackMessage } from './blocks/SlackMessage';

/** How a reply is delivered through a response_url. */
export interface Delivery {
  responseType: 'ephemeral' | 'in_channel';
  /** Replace the message the button was on (interactions only). */
  replaceOriginal?: boolean;
}

/**
 * Sends a message through `respond()`, logging (not throwing) if it breaks a Block Kit limit so the
 * problem is visible in the logs before Slack rejects it.
 */
export async function respondWith(respond: RespondFn, message: SlackMessage, delivery: Delivery, logger: Pick<Logger, 'warn'>): Promise<void> {
  const problems = blockKitViolations(message);
  if (problems.length > 0) logger.warn(`reply breaks Block Kit limits: ${problems.join('; ')}`);
  await respond({
    response_type: delivery.responseType,
    ...(delivery.replaceOriginal !== undefined ? { replace_original: delivery.replaceOriginal } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}
