import type { App } from '@slack/bolt';
import { blockKitViolations } from '../blocks/blockKitViolations';
import type { SlackMessage } from '../blocks/SlackMessage';
import type { BotServices } from '../services/BotServices';

/** The Web API client Bolt hands to listeners. */
export type SlackClient = App['client'];

/** Where a message goes: a channel or DM, in a thread when `threadTs` is set. */
export interface PostTarget {
  channel: string;
  threadTs?: string | undefined;
}

/** What came of a post: ok, or Slack's error code (`not_in_channel`, `channel_not_found`, …). */
export type PostResult = { ok: true; ts: string | null } | { ok: false; error: string };

/**
 * Posts a reply with chat.postMessage (no link or media previews), logging a Block Kit problem
 * before Slack rejects it. A failure is logged once, as one line, and returned, never thrown.
 */
export async function postMessage(client: SlackClient, services: Pick<BotServices, 'logger'>, target: PostTarget, message: SlackMessage): Promise<PostResult> {
  const problems = blockKitViolations(message);
  if (problems.length > 0) services.logger.warn(`reply breaks Block Kit limits: ${problems.join('; ')}`);
  try {
    const result = await client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs !== undefined ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return { ok: true, ts: typeof result.ts === 'string' ? result.ts : null };
  } catch (error) {
    const code = slackErrorCode(error);
    services.logger.warn(`could not post a reply in ${target.channel}${target.threadTs ? ` (thread ${target.threadTs})` : ''}: ${code}`);
    return { ok: false, error: code };
  }
}

/** Slack's error code from a Web API error (`not_in_channel`), else the error's message. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}
