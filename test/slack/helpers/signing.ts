import { createHmac } from 'node:crypto';

/** Headers Slack sends with every request: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignatureHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': signature,
  };
}
