import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '@slack/bolt';
import { RejectionLog } from './RejectionLog';
import type { SeenKeys } from './SeenKeys';
import { MAX_CLOCK_SKEW_MS, verifySlackSignature, type RejectReason } from './verifySlackSignature';

/** Largest request body read (Slack's command and button payloads are a few kB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Long enough to outlive every timestamp that is still accepted (5 minutes either way). */
const REPLAY_TTL_MS = 2 * MAX_CLOCK_SKEW_MS + 60_000;

export interface GuardOptions {
  signingSecret: string;
  /** Path Slack posts to; other requests pass straight through. */
  path: string;
  seenKeys: SeenKeys;
  logger: Pick<Logger, 'warn' | 'error'>;
  now?: () => number;
}

/**
 * Puts econ-bot's own checks in front of Bolt's HTTP request listener (whose own verification is
 * turned off): body size, Slack's signature, a timestamp within 5 minutes either way, and no second
 * use of a signature (a replay). Refusals answer 401/413 and are logged once a minute, not once each.
 * An accepted body is handed to Bolt already read (`rawBody`), as Bolt's receiver expects.
 */
export function guardSlackRequests(inner: RequestListener, options: GuardOptions): RequestListener {
  const rejections = new RejectionLog(options.logger, 'refused Slack requests');
  const storeTrouble = new RejectionLog(options.logger, 'replay check unavailable, requests let through');
  const now = options.now ?? Date.now;

  const check = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const refuse = (status: number, reason: RejectReason) => {
      rejections.record(reason);
      res.writeHead(status, { Connection: 'close' }).end();
    };
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (raw === 'too large') return refuse(413, raw);
    if (raw === 'aborted') return void (rejections.record(raw), res.destroy());
    if (isSslCheck(raw)) return void res.writeHead(200).end();
    const headers = { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') };
    const verdict = verifySlackSignature(options.signingSecret, raw, headers, now());
    if (!verdict.ok) return refuse(401, verdict.reason);
    if (!(await claim(options.seenKeys, verdict.signature, storeTrouble))) return refuse(401, 'replay');
    Object.assign(req, { rawBody: raw });
    inner(req, res);
  };

  const listener: RequestListener = (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) {
      inner(req, res); // health check and unknown paths: Bolt's routing and error handling as before
      return;
    }
    check(req, res).catch((error: unknown) => {
      options.logger.error('could not check a Slack request', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  return listener;
}

/** Claims a signature; if the store fails, the request is let through (and that is logged). */
async function claim(seenKeys: SeenKeys, signature: string, trouble: RejectionLog): Promise<boolean> {
  try {
    return await seenKeys.claimOnce(`slack-signature:${signature}`, REPLAY_TTL_MS);
  } catch (error) {
    trouble.record((error instanceof Error ? error.message : String(error)).slice(0, 100));
    return true;
  }
}

/** The body; `too large` once it passes `limit` bytes (the rest is not read); `aborted` if the client went away. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return 'too large';
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) return 'too large';
      chunks.push(chunk);
    }
  } catch {
    return 'aborted';
  }
  return Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Slack's unsigned `ssl_check=1` probe (sent when a request URL is saved). */
function isSslCheck(raw: Buffer): boolean {
  return raw.length < 200 && new URLSearchParams(raw.toString('utf8')).get('ssl_check') === '1';
}
