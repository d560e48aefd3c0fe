import { z } from 'zod';

/** How often and how long econ-bot tries to deliver something to Slack before giving up. */
export const RetryPolicy = z.object({
  /** Tries in all, the first included. */
  attempts: z.number().int().min(1),
  /** Each try is abandoned after this long. */
  timeoutMs: z.number().int().positive(),
  /** Wait before the second try; each later wait is `factor` times longer. */
  firstDelayMs: z.number().int().min(0),
  factor: z.number().min(1),
});
export type RetryPolicy = z.infer<typeof RetryPolicy>;

/** Replies through a command's or button's response_url: 3 tries of at most 5 s each. */
export const RESPONSE_URL_POLICY: RetryPolicy = { attempts: 3, timeoutMs: 5_000, firstDelayMs: 500, factor: 2 };

/**
 * Slack Web API calls (chat.postMessage for the digest): 3 tries of at most 2.5 s, so a call gives up
 * within 9 s and a shutdown (10 s budget) is never held for minutes by Slack's default 10 retries
 * over 30 minutes. Rate-limited calls (429) are not retried: waiting out `Retry-After` could take longer.
 */
export const WEB_API_POLICY: RetryPolicy = { attempts: 3, timeoutMs: 2_500, firstDelayMs: 500, factor: 2 };

/** Wait before try `attempt` (1-based; 0 before the first). */
export function delayBefore(policy: RetryPolicy, attempt: number): number {
  return attempt <= 1 ? 0 : Math.round(policy.firstDelayMs * policy.factor ** (attempt - 2));
}

/** The longest a delivery can take under `policy`: every try timing out, plus the waits between them. */
export function worstCaseMs(policy: RetryPolicy): number {
  let total = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) total += delayBefore(policy, attempt) + policy.timeoutMs;
  return total;
}

/** Both policies, as the Slack handlers and the Web API client use them. */
export interface DeliveryPolicies {
  responseUrl: RetryPolicy;
  webApi: RetryPolicy;
}

/** The production policies. */
export const DEFAULT_DELIVERY: DeliveryPolicies = { responseUrl: RESPONSE_URL_POLICY, webApi: WEB_API_POLICY };
