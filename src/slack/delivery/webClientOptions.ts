import type { Logger, webApi } from '@slack/bolt';
import { errorCode } from '../../logging/describeError';
import { nodeFetch } from './nodeFetch';
import { delayBefore, type RetryPolicy } from './RetryPolicy';

type FetchFunction = webApi.FetchFunction;

/**
 * Web API client settings that follow `policy` (bounded retries, a timeout per try, no waiting out
 * rate limits) and log every failed try as one line naming the method and the status or error code.
 */
export function webClientOptions(policy: RetryPolicy, logger: Pick<Logger, 'warn'>, base: FetchFunction = nodeFetch): webApi.WebClientOptions {
  return {
    retryConfig: {
      retries: policy.attempts - 1,
      minTimeout: delayBefore(policy, 2),
      maxTimeout: delayBefore(policy, policy.attempts),
      factor: policy.factor,
      randomize: false,
    },
    timeout: policy.timeoutMs,
    rejectRateLimitedCalls: true,
    fetch: loggingFetch(logger, base, policy.timeoutMs),
  };
}

/**
 * Wraps the client's fetch: a non-200 answer is logged here (the client retries 5xx silently); a
 * network failure or timeout is rethrown with the method and code in its message, which the client
 * logs once as "http request failed".
 */
function loggingFetch(logger: Pick<Logger, 'warn'>, base: FetchFunction, timeoutMs: number): FetchFunction {
  return async (input, init) => {
    const method = methodOf(input);
    let response: Awaited<ReturnType<FetchFunction>>;
    try {
      response = await base(input, init);
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const code = timedOut ? `timeout after ${timeoutMs} ms` : (errorCode(error) ?? (error instanceof Error ? error.name : 'error'));
      throw new Error(`Slack Web API ${method}: ${code}`, { cause: error });
    }
    if (response.status !== 200) {
      const retryAfter = response.headers.get('retry-after');
      logger.warn(
        { slackMethod: method, status: response.status, ...(retryAfter !== null ? { retryAfterSec: Number(retryAfter) } : {}) },
        `Slack Web API ${method} answered HTTP ${response.status}${response.status === 429 ? ' (rate limited; not retried)' : ''}`,
      );
    }
    return response;
  };
}

function methodOf(input: string | URL): string {
  const url = typeof input === 'string' ? input : input.href;
  return url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? 'unknown';
}
