/**
 * The bot token scopes econ-bot needs, and why; manifest.yml requests exactly these (a test checks
 * both against each other and against the Web API methods and events the code uses). Least
 * privilege: it reads only messages that mention it and its own DMs, no users or channel history.
 */
export const BOT_SCOPES = {
  commands: 'the /econ slash command',
  'chat:write': 'chat.postMessage for the weekly digest and for answers in threads and DMs',
  'chat:write.public': 'posting the digest to a public channel the bot has not been invited to',
  'app_mentions:read': 'the app_mention event: @econ-bot in a channel',
  'im:history': 'the message.im event: questions in a DM with the bot',
} as const;

/**
 * The bot events manifest.yml subscribes to, with the scope each needs (null: none). `message.channels`
 * (for ECON_THREAD_FOLLOWUPS=all) is deliberately not here: it needs `channels:history`.
 */
export const BOT_EVENTS = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  app_home_opened: null,
} as const;
