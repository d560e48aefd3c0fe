/** What an error looks like in a log record. */
export interface ErrorFields {
  type: string;
  message: string;
  code?: string;
  status?: number;
  /** Only for unexpected errors: an expected network failure is one line, not a stack trace. */
  stack?: string;
}

/** Error codes of failures the bot expects from time to time (Slack or the network being unwell). */
const EXPECTED_CODES = /^(slack_webapi_|slack_bolt_respond_error$|E(CONNREFUSED|CONNRESET|CONNABORTED|HOSTUNREACH|NETUNREACH|PIPE|TIMEDOUT|AI_AGAIN|NOTFOUND)$|UND_ERR_)/;
const EXPECTED_NAMES = new Set(['TimeoutError', 'AbortError']);

/**
 * Describes an error for a log record: its type, message, code and HTTP status when it has them, and
 * its stack only when it is not an expected network or Slack API failure.
 */
export function describeError(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = errorCode(error);
  const status = numberField(error, 'statusCode') ?? numberField(error, 'status');
  const expected = (code !== undefined && EXPECTED_CODES.test(code)) || EXPECTED_NAMES.has(error.name);
  return {
    type: error.name,
    message: error.message,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(!expected && error.stack !== undefined ? { stack: error.stack } : {}),
  };
}

/** The root cause's code: fetch wraps ECONNREFUSED in `cause`, Slack's WebClient in `original`. */
export function errorCode(error: unknown): string | undefined {
  let found: string | undefined;
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') found = code;
    e = e.cause ?? (e as { original?: unknown }).original;
  }
  return found;
}

function numberField(error: Error, key: string): number | undefined {
  const value = (error as unknown as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : undefined;
}
