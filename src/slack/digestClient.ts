import { LogLevel, webApi } from '@slack/bolt';
import { PostOutcomeUnknown } from '../digest/PostOutcomeUnknown';
import { nodeFetch } from './delivery/nodeFetch';

/** Longest one digest post may take before its outcome counts as unknown. */
export const DIGEST_POST_TIMEOUT_MS = 30_000;

/** Errors meaning the request never reached Slack, so retrying cannot post twice. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A Web API client for the digest alone: no automatic retries (a retried chat.postMessage after a
 * timeout can post twice; the scheduler retries instead, after releasing its claim) and a timeout,
 * so a hanging Slack ends as "outcome unknown" rather than holding the claim.
 */
export function digestClient(botToken: string, slackApiUrl: string | null): webApi.WebClient {
  return new webApi.WebClient(botToken, {
    ...(slackApiUrl !== null ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: DIGEST_POST_TIMEOUT_MS,
    // The scheduler logs each outcome in one line; the client's own warnings would repeat it.
    logLevel: LogLevel.ERROR,
    fetch: nodeFetch,
  });
}

/**
 * What a failed chat.postMessage means for the slot: Slack's own error answer, a rate limit, an HTTP
 * error or a connection never made did not post (the error is returned as is, and the slot is retried);
 * a timeout, a 504 or a connection cut mid-request may have posted (PostOutcomeUnknown).
 */
export function classifyPostError(error: unknown): Error {
  const err = error instanceof Error ? error : new Error(String(error));
  const { code, statusCode, original } = error as { code?: string; statusCode?: number; original?: Error & { cause?: { code?: string } } };
  if (code === 'slack_webapi_http_error' && statusCode === 504) return new PostOutcomeUnknown(`HTTP 504 from Slack`, { cause: err });
  if (code !== 'slack_webapi_request_error') return err;
  const cause = original?.cause?.code ?? (original as { code?: string } | undefined)?.code;
  if (cause !== undefined && NEVER_CONNECTED.has(cause)) return new Error(`could not connect to Slack (${cause})`, { cause: err });
  const what = original?.name === 'TimeoutError' || original?.name === 'AbortError' ? `no answer from Slack within ${DIGEST_POST_TIMEOUT_MS} ms` : `connection to Slack failed mid-request (${cause ?? original?.message ?? 'unknown'})`;
  return new PostOutcomeUnknown(what, { cause: err });
}
