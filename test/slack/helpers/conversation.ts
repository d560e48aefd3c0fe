import type { ApiCall } from './fakeSlack';
import { STAFF, type EventDelivery, type TestBot } from './testBot';

/** The fake Slack's bot user (auth.test's user_id). */
export const BOT_USER = 'U0BOT';

let tsCounter = 0;

/** A fresh message ts, as Slack makes them. */
export function nextTs(): string {
  return `1700001000.${String(++tsCounter).padStart(6, '0')}`;
}

/** A message someone writes: where, and as whom. */
export interface Said {
  channel?: string;
  /** The thread it is written in (absent: top level). */
  threadTs?: string;
  user?: string;
  ts?: string;
}

/** Sends events to a test bot as Slack would and waits for what it posts. */
export class Conversation {
  constructor(readonly bot: TestBot) {}

  /** Posts made with chat.postMessage so far. */
  posts(): ApiCall[] {
    return this.bot.slack.calls('chat.postMessage');
  }

  /** `@econ-bot <text>` in a channel; returns the event's ts. */
  async mention(text: string, said: Said = {}, delivery: EventDelivery = {}): Promise<{ ts: string; status: number; ackMs: number; eventId: string }> {
    const ts = said.ts ?? nextTs();
    const sent = await this.bot.event(
      {
        type: 'app_mention',
        user: said.user ?? STAFF,
        text: `<@${BOT_USER}> ${text}`,
        channel: said.channel ?? 'C0GENERAL',
        ts,
        ...(said.threadTs ? { thread_ts: said.threadTs } : {}),
      },
      delivery,
    );
    return { ts, ...sent };
  }

  /** A `message` event (a DM when the channel starts with D); `extra` adds subtype, bot_id, edited…. */
  async message(text: string, said: Said = {}, extra: Record<string, unknown> = {}, delivery: EventDelivery = {}): Promise<{ ts: string; eventId: string }> {
    const ts = said.ts ?? nextTs();
    const channel = said.channel ?? 'D0DIRECT';
    const sent = await this.bot.event(
      {
        type: 'message',
        channel,
        channel_type: channel.startsWith('D') ? 'im' : 'channel',
        user: said.user ?? STAFF,
        text,
        ts,
        ...(said.threadTs ? { thread_ts: said.threadTs } : {}),
        ...extra,
      },
      delivery,
    );
    return { ts, eventId: sent.eventId };
  }

  /** Waits for the next post (after `before` posts) in `channel`, in `threadTs` (or at the top level when null). */
  async nextPost(before: number, channel: string, threadTs: string | null): Promise<Record<string, unknown>> {
    const call = await this.bot.slack.waitFor(() =>
      this.posts()
        .slice(before)
        .find((c) => c.params.channel === channel && (threadTs === null ? c.params.thread_ts === undefined : c.params.thread_ts === threadTs)),
    );
    return call.params;
  }

  /** Mentions the bot and returns its reply in the thread. */
  async askByMention(text: string, said: Said = {}): Promise<{ reply: Record<string, unknown>; ts: string; thread: string }> {
    const before = this.posts().length;
    const { ts } = await this.mention(text, said);
    const thread = said.threadTs ?? ts;
    return { reply: await this.nextPost(before, said.channel ?? 'C0GENERAL', thread), ts, thread };
  }

  /** Writes a DM and returns the bot's reply. */
  async askByDm(text: string, said: Said = {}): Promise<Record<string, unknown>> {
    const before = this.posts().length;
    await this.message(text, { channel: 'D0DIRECT', ...said });
    return this.nextPost(before, said.channel ?? 'D0DIRECT', said.threadTs ?? null);
  }

  /**
   * Proves that nothing was posted for earlier events: sends a DM marker question and waits for its
   * answer (events are handled as they arrive, so earlier ones had their turn), then returns the posts
   * made since `before` other than the marker's answer.
   */
  async postsSettledSince(before: number): Promise<ApiCall[]> {
    const marker = `marker-${nextTs()}`;
    const sentAt = this.posts().length;
    await this.message(`청년취업사관학교 예산 ${marker}`, { channel: 'D0MARKER' });
    await this.nextPost(sentAt, 'D0MARKER', null);
    // Give any stragglers (a retried event racing the marker) time to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return this.posts()
      .slice(before)
      .filter((c) => c.params.channel !== 'D0MARKER');
  }
}
