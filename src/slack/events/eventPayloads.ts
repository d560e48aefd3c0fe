import { z } from 'zod';
import { SlackUserId } from '../payloads';

/**
 * The parts of Events API payloads econ-bot reads. Anything that does not fit (a message with a
 * subtype, from a bot, edited) is not a question from a person and is ignored.
 */

/** Fields every message-like event shares. */
const MessageFields = {
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().min(1).optional(),
  text: z.string().default(''),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  edited: z.unknown().optional(),
  team: z.string().optional(),
};

/** `app_mention`: someone wrote @econ-bot in a channel. */
export const MentionEvent = z.object({ type: z.literal('app_mention'), user: SlackUserId.optional(), ...MessageFields });
export type MentionEvent = z.infer<typeof MentionEvent>;

/** `message` (`message.im`, or `message.channels` when thread follow-ups are on). */
export const MessageEvent = z.object({
  type: z.literal('message'),
  user: SlackUserId.optional(),
  channel_type: z.enum(['im', 'channel', 'group', 'mpim', 'app_home']).optional(),
  ...MessageFields,
});
export type MessageEvent = z.infer<typeof MessageEvent>;

/** `app_home_opened`: someone opened the app's Home or Messages tab. */
export const HomeOpenedEvent = z.object({ type: z.literal('app_home_opened'), user: SlackUserId, tab: z.string().optional() });
export type HomeOpenedEvent = z.infer<typeof HomeOpenedEvent>;

/** The envelope around an event: its id (the same on every retry) and workspace. */
export const EventEnvelope = z.object({ event_id: z.string().min(1).optional(), team_id: z.string().optional() });

/** A message written by a person: no subtype (edits, deletions, joins, bot posts…), no bot, not edited. */
export function isPersonMessage(event: MentionEvent | MessageEvent, botUserId: string | undefined): event is (MentionEvent | MessageEvent) & { user: string } {
  return (
    event.user !== undefined &&
    event.subtype === undefined &&
    event.bot_id === undefined &&
    event.edited === undefined &&
    (botUserId === undefined || event.user !== botUserId)
  );
}
