import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { errorCode } from '../logging/describeError';
import { blockKitViolations } from './blocks/blockKitViolations';
import type { SlackMessage } from './blocks/SlackMessage';
import { postJson } from './delivery/postJson';
import { delayBefore, RESPONSE_URL_POLICY, type RetryPolicy } from './delivery/RetryPolicy';
import type { BotServices } from './services/BotServices';

/** How a reply is delivered through a response_url. */
export interface Delivery {
  responseType: 'ephemeral' | 'in_channel';
  /** Replace the message the button was on (interactions only). */
  replaceOriginal?: boolean;
}

/** Where a reply goes, and what to call the request in the log if it cannot be delivered. */
export interface ResponseTarget {
  /** The command's or button's response_url (never logged: it lets anyone post as the bot). */
  url: string;
  /** Log fields naming the request: request id, `/econ` or the action id, the user. */
  describe: Record<string, string>;
}

/** A response target named in the log by a fresh request id and `what` (the command or action, the user). */
export function responseTarget(url: string, what: Record<string, string>): ResponseTarget {
  return { url, describe: { requestId: randomUUID().slice(0, 8), ...what } };
}

/**
 * The reply function for one request: sends through `url` with the services' logger and response_url
 * policy, naming the request by `what` if a reply cannot be delivered.
 */
export function replier(services: Pick<BotServices, 'logger' | 'delivery'>, url: string, what: Record<string, string>) {
  const target = responseTarget(url, what);
  const options = { logger: services.logger, policy: services.delivery.responseUrl };
  return (message: SlackMessage, delivery: Delivery): Promise<boolean> => respondWith(target, message, delivery, options);
}

export interface RespondOptions {
  logger: Pick<Logger, 'warn' | 'error'>;
  policy?: RetryPolicy;
}

/** What one try came to. */
type Attempt = { ok: true } | { ok: false; retryable: boolean; status?: number; code?: string; slackError?: string };

/**
 * Posts a message to a response_url: up to `policy.attempts` tries (5xx, 429, network errors and
 * timeouts are retried after a growing pause; other 4xx are final), each abandoned after
 * `policy.timeoutMs`. An undelivered reply leaves one log line with the status or error code and no
 * stack trace. Never throws; resolves to whether Slack accepted the message.
 */
export async function respondWith(target: ResponseTarget, message: SlackMessage, delivery: Delivery, options: RespondOptions): Promise<boolean> {
  const { logger, policy = RESPONSE_URL_POLICY } = options;
  if (!/^https?:\/\//.test(target.url)) {
    logger.error(target.describe, 'reply not delivered: the request carried no response_url');
    return false;
  }
  const problems = blockKitViolations(message);
  if (problems.length > 0) logger.warn(`reply breaks Block Kit limits: ${problems.join('; ')}`);
  const body = JSON.stringify({
    response_type: delivery.responseType,
    ...(delivery.replaceOriginal !== undefined ? { replace_original: delivery.replaceOriginal } : {}),
    text: message.text,
    blocks: message.blocks,
  });
  let last: Attempt = { ok: false, retryable: true };
  let attempts = 0;
  while (attempts < policy.attempts && !last.ok && last.retryable) {
    attempts += 1;
    const wait = delayBefore(policy, attempts);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    last = await postOnce(target.url, body, policy.timeoutMs);
  }
  if (last.ok) return true;
  const { status, code, slackError } = last;
  const why = status !== undefined ? `HTTP ${status}${slackError ? ` ${slackError}` : ''}` : (code ?? 'error');
  logger.error(
    { ...target.describe, attempts, ...(status !== undefined ? { status } : {}), ...(code !== undefined ? { code } : {}), ...(slackError ? { slackError } : {}) },
    `reply not delivered to the response_url after ${attempts} ${attempts === 1 ? 'try' : 'tries'}: ${why}`,
  );
  return false;
}

async function postOnce(url: string, body: string, timeoutMs: number): Promise<Attempt> {
  try {
    const { status, text } = await postJson(url, body, timeoutMs);
    if (status >= 200 && status < 300) return { ok: true };
    // Slack answers a bad response_url with a short code such as `expired_url` or `no_text`.
    const slackError = /^[a-z_]{1,60}$/.test(text.trim()) ? text.trim() : undefined;
    return { ok: false, retryable: status >= 500 || status === 429, status, ...(slackError ? { slackError } : {}) };
  } catch (error) {
    const code = error instanceof Error && error.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : (errorCode(error) ?? (error instanceof Error ? error.name : 'error'));
    return { ok: false, retryable: true, code };
  }
}
