import { z } from 'zod';

/** A Slack user id; anything else in a payload is refused rather than echoed. */
export const SlackUserId = z.string().regex(/^[UW][A-Z0-9]{2,}$/);

/** The parts of a slash-command body econ-bot reads. */
export const SlashCommandBody = z.object({
  user_id: SlackUserId,
  text: z.string().default(''),
  channel_id: z.string().optional(),
});
export type SlashCommandBody = z.infer<typeof SlashCommandBody>;

/** The parts of a block_actions body econ-bot reads (the button that was pressed comes first). */
export const BlockActionBody = z.object({
  user: z.object({ id: SlackUserId }),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().optional() }))
    .min(1),
  channel: z.object({ id: z.string() }).optional(),
});
export type BlockActionBody = z.infer<typeof BlockActionBody>;
