/**
 * The bot token scopes econ-bot needs, and why; manifest.yml requests exactly these (a test checks
 * both against each other and against the Web API methods the code calls). Least privilege: no
 * reading of messages, users or channels.
 */
export const BOT_SCOPES = {
  commands: 'the /econ slash command',
  'chat:write': 'chat.postMessage for the weekly digest',
  'chat:write.public': 'posting the digest to a public channel the bot has not been invited to',
} as const;
