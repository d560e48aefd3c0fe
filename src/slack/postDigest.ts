import type { App } from '@slack/bolt';
import { calendarDateIn } from '../digest/calendarDays';
import { computeDigest } from '../digest/computeDigest';
import { digestMessage } from './blocks/digestMessage';
import { blockKitViolations } from './blocks/blockKitViolations';
import type { BotServices } from './services/BotServices';

/**
 * Returns the scheduler's `post` function: computes the digest for the slot's date (in the digest
 * time zone) from the current corpus and posts it to `channel` with chat.postMessage
 * (`chat:write.public` lets it post in public channels the bot has not joined).
 */
export function digestPoster(app: App, services: BotServices, channel: string) {
  return async (slot: Date, late: boolean, signal?: AbortSignal): Promise<void> => {
    const asOf = calendarDateIn(slot, services.timezone);
    const digest = computeDigest(services.knowledge.current.milestones, asOf);
    const lateFor = late ? formatSlot(slot, services.timezone) : undefined;
    const message = digestMessage(digest, lateFor !== undefined ? { lateFor } : {});
    const problems = blockKitViolations(message);
    if (problems.length > 0) services.logger.warn(`digest breaks Block Kit limits: ${problems.join('; ')}`);
    signal?.throwIfAborted(); // shutting down: leave the slot unposted for the next start
    await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  };
}

/** `10월 31일 (월) 09:00` in the digest time zone. */
function formatSlot(slot: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('ko-KR', { timeZone, month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(slot);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('month')}월 ${part('day')}일 (${part('weekday')}) ${part('hour')}:${part('minute')}`;
}
