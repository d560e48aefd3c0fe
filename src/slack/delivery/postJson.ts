import { httpRequest } from './httpRequest';

/** What the server answered: its status and the start of its body. */
export interface JsonPostReply {
  status: number;
  /** The body's first `REPLY_TEXT_LIMIT` characters (Slack answers a response_url with `ok` or a short error code). */
  text: string;
}

/** How much of a reply body is kept. */
export const REPLY_TEXT_LIMIT = 4096;

/**
 * POSTs a JSON `body` to an `http:` or `https:` URL (with Node's own client: httpRequest) and
 * resolves to the reply's status and text, whatever the status. Rejects with the network error (its
 * `code`, e.g. `ECONNREFUSED`), or with a `TimeoutError` when no complete reply came within `timeoutMs`.
 *
 * @example
 * const { status, text } = await postJson('https://hooks.slack.com/commands/…', '{"text":"hi"}', 5000);
 */
export async function postJson(url: string, body: string, timeoutMs: number): Promise<JsonPostReply> {
  const reply = await httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
  return { status: reply.status, text: reply.body.toString('utf8').slice(0, REPLY_TEXT_LIMIT) };
}
