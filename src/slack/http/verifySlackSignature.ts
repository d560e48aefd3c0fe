import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from our clock, either way (Slack's own rule is 5 minutes). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Why a request was refused. */
export type RejectReason = 'unsigned' | 'stale' | 'future' | 'bad signature' | 'replay' | 'too large' | 'aborted';

export type SignatureCheck = { ok: true; signature: string } | { ok: false; reason: RejectReason };

/** The two headers Slack signs with, as received. */
export interface SignatureHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
}

/**
 * Checks Slack's request signature: `v0=` HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * signing secret, compared in constant time, and a timestamp within 5 minutes of `nowMs` in the past
 * or the future (a request stamped in the future could otherwise be replayed for as long as that).
 */
export function verifySlackSignature(signingSecret: string, rawBody: Buffer, headers: SignatureHeaders, nowMs: number): SignatureCheck {
  const { timestamp, signature } = headers;
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'unsigned' };
  const skewMs = Number(timestamp) * 1000 - nowMs;
  if (skewMs < -MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'stale' };
  if (skewMs > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'future' };
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest();
  const match = /^v0=([0-9a-f]{64})$/.exec(signature);
  if (match === null || !timingSafeEqual(Buffer.from(match[1]!, 'hex'), expected)) return { ok: false, reason: 'bad signature' };
  return { ok: true, signature: match[1]! };
}
