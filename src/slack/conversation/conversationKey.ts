/** Where a conversation happens: a workspace, a channel (or DM), and the thread in it if any. */
export interface ConversationPlace {
  team: string;
  channel: string;
  /** The thread's parent ts; absent for the top level of a DM. */
  threadTs?: string | undefined;
}

/**
 * The store key of a conversation: one per thread (channel + thread ts) and one for the top level
 * of each DM, so context is never shared across threads, channels or workspaces.
 */
export function conversationKey(place: ConversationPlace): string {
  return `conv:${place.team}:${place.channel}:${place.threadTs ?? 'top'}`;
}

/** Direct-message channel ids start with D. */
export function isDirectMessage(channel: string): boolean {
  return channel.startsWith('D');
}

/**
 * Mentions of the bot (`<@U0BOT>`, `<@U0BOT|econ-bot>`) and any leading mention, removed from the
 * text. Text longer than `maxLength` is returned as it is (it will be refused as too long).
 */
export function withoutBotMention(text: string, botUserId: string | undefined, maxLength: number): string {
  if (text.length > maxLength) return text;
  let out = text.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/, '');
  if (botUserId !== undefined && /^[UW][A-Z0-9]+$/.test(botUserId)) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  return out.trim();
}
