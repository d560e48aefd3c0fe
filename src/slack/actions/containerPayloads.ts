import { z } from 'zod';
import { SlackUserId } from '../payloads';

/**
 * Where a pressed button was: a message the bot posted in a channel or DM (not an ephemeral `/econ`
 * reply), or a modal. The parts econ-bot reads to answer in the same place.
 */

/** A button on a message the bot posted: its channel, the message, and its thread. */
export const MessageButtonBody = z.object({
  user: z.object({ id: SlackUserId, team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  container: z.object({ type: z.literal('message'), is_ephemeral: z.literal(false).optional() }),
  channel: z.object({ id: z.string().min(1) }),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }),
});
export type MessageButtonBody = z.infer<typeof MessageButtonBody>;

/** A button in a modal: the view to update and what it remembers. */
export const ViewButtonBody = z.object({
  user: z.object({ id: SlackUserId }),
  container: z.object({ type: z.literal('view') }),
  view: z.object({ id: z.string().min(1), hash: z.string().optional(), private_metadata: z.string().optional() }),
});
export type ViewButtonBody = z.infer<typeof ViewButtonBody>;

/** The workspace a message button was pressed in. */
export function teamOf(body: MessageButtonBody): string {
  return body.team?.id ?? body.user.team_id ?? 'T';
}
