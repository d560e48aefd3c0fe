import type { webApi } from '@slack/bolt';
import { httpRequest } from './httpRequest';

type FetchFunction = webApi.FetchFunction;

/**
 * The part of `fetch` the Slack Web API client uses (a POST with a string body; status, headers,
 * text), over Node's own HTTP client (httpRequest), so the bot never loads undici. Bodies other than
 * strings (file uploads, which the bot does not make) are refused.
 *
 * @example
 * new webApi.WebClient(token, { fetch: nodeFetch });
 */
export const nodeFetch: FetchFunction = async (input, init = {}) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : String((input as { url: string }).url);
  if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new TypeError('nodeFetch sends string bodies only');
  const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name, String(value)]));
  const reply = await httpRequest(url, { method: init.method ?? 'GET', headers, ...(typeof init.body === 'string' ? { body: init.body } : {}), ...(init.signal ? { signal: init.signal } : {}) });
  const text = () => Promise.resolve(reply.body.toString('utf8'));
  const response = {
    status: reply.status,
    statusText: reply.statusText,
    ok: reply.status >= 200 && reply.status < 300,
    url,
    headers: replyHeaders(reply.headers),
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: () => Promise.resolve(reply.body.buffer.slice(reply.body.byteOffset, reply.body.byteOffset + reply.body.byteLength)),
  };
  return response as unknown as Awaited<ReturnType<FetchFunction>>;
};

/** The reply's headers as the client reads them (`get`, `has`, `entries`); names are case-insensitive. */
function replyHeaders(headers: Readonly<Record<string, string>>) {
  return {
    get: (name: string) => headers[name.toLowerCase()] ?? null,
    has: (name: string) => name.toLowerCase() in headers,
    entries: () => Object.entries(headers)[Symbol.iterator](),
    forEach: (each: (value: string, name: string) => void) => Object.entries(headers).forEach(([name, value]) => each(value, name)),
  };
}
