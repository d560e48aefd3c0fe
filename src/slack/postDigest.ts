import type { webApi } from '@slack/bolt';
import { calendarDateIn } from '../digest/calendarDays';
import { clockTime } from '../digest/clockTime';
import { zonedParts } from '../digest/zonedParts';
import { digestFor } from '../reports/digestFor';
import { digestMessage } from './blocks/digestMessage';
import { blockKitViolations } from './blocks/blockKitViolations';
import { classifyPostError } from './digestClient';
import type { BotServices } from './services/BotServices';

/**
 * Returns the scheduler's `post` function: computes the digest for the slot's date (in the digest
 * time zone) from the current corpus and posts it to `channel` with chat.postMessage
 * (`chat:write.public` lets it post in public channels the bot has not joined). Failures are
 * classified (classifyPostError) so the scheduler knows whether the slot may be tried again.
 */
export function digestPoster(client: Pick<webApi.WebClient, 'chat'>, services: BotServices, channel: string) {
  return async (slot: Date, late: boolean, signal?: AbortSignal): Promise<void> => {
    const asOf = calendarDateIn(slot, services.timezone);
    const digest = digestFor(services.knowledge.current, asOf);
    const lateFor = late ? formatSlot(slot, services.timezone) : undefined;
    const message = digestMessage(digest, lateFor !== undefined ? { lateFor } : {});
    const problems = blockKitViolations(message);
    if (problems.length > 0) services.logger.warn(`digest breaks Block Kit limits: ${problems.join('; ')}`);
    if (signal?.aborted) throw new Error('shutting down before posting');
    try {
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      throw classifyPostError(error);
    }
  };
}

/** `10월 31일 (월) 09:00` in the digest time zone. */
function formatSlot(slot: Date, timeZone: string): string {
  const parts = zonedParts(slot, timeZone);
  return `${parts.month}월 ${parts.day}일 (${WEEKDAYS_KO[parts.weekday]}) ${clockTime(parts)}`;
}

/** Short Korean weekday names, Sunday first (as `Date.prototype.getDay`). */
const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'];
