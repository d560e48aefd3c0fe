import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { sendJson, serveSocketMode, SOCKET_PATH } from './fakeSocketMode';

/** A Web API call the bot made. */
export interface ApiCall {
  method: string;
  /** Parameters, with JSON-encoded ones (blocks) decoded. */
  params: Record<string, unknown>;
}

/** A message the bot sent to a response_url. */
export interface ResponseUrlPost {
  /** Which response_url (the last path segment). */
  id: string;
  body: Record<string, unknown>;
}

/** `failNext` target meaning whichever response_url is posted to next. */
export const ANY_RESPONSE_URL = 'response_url';

/** What the fake does instead of answering normally: an HTTP status, or never answering at all. */
export type Fault = number | 'hang';

/**
 * A local stand-in for Slack: the Web API under `/api/` (auth.test, chat.postMessage,
 * apps.connections.open), response_urls under `/respond/<id>` and a Socket Mode WebSocket. It
 * records everything the bot sends so tests can assert on it, and can be told to fail the next
 * requests (`failNext`) as Slack does on a bad day.
 */
export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Every request that reached the fake, with the fault it got (null = answered normally). */
  readonly attempts: Array<{ target: string; fault: Fault | null }> = [];
  /** Channels where chat.postMessage fails, with Slack's error code (`not_in_channel`). */
  readonly postErrors = new Map<string, string>();
  /** Milliseconds chat.postMessage takes to answer (a slow Slack, for shutdown tests). */
  postDelayMs = 0;
  /** envelope_ids the app acknowledged over Socket Mode. */
  readonly socketAcks: string[] = [];
  #faults = new Map<string, Fault[]>();
  #hanging: ServerResponse[] = [];
  #sockets = new Set<Duplex>();
  #server: Server | null = null;
  #waiters: Array<() => void> = [];
  #port = 0;

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const target = url.pathname.replace(/^\/(api|respond)\//, '');
        const anyResponseUrl = url.pathname.startsWith('/respond/') ? this.#faults.get(ANY_RESPONSE_URL)?.shift() : undefined;
        const fault = this.#faults.get(target)?.shift() ?? anyResponseUrl ?? null;
        this.attempts.push({ target, fault });
        if (fault === 'hang') {
          this.#hanging.push(res);
        } else if (fault !== null) {
          res.writeHead(fault, { 'Content-Type': 'text/plain', ...(fault === 429 ? { 'Retry-After': '1' } : {}) });
          res.end(fault === 404 ? 'expired_url' : 'internal error');
        } else if (url.pathname.startsWith('/api/')) {
          const method = url.pathname.slice('/api/'.length);
          const params = parseParams(raw, req.headers['content-type'] ?? '');
          this.apiCalls.push({ method, params });
          setTimeout(() => {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify(this.#reply(method, params)));
            this.#notify();
          }, method === 'chat.postMessage' ? this.postDelayMs : 0);
        } else if (url.pathname.startsWith('/respond/')) {
          this.responses.push({ id: url.pathname.slice('/respond/'.length), body: JSON.parse(raw) as Record<string, unknown> });
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('ok');
        } else {
          res.writeHead(404);
          res.end();
        }
        this.#notify();
      });
    });
    serveSocketMode(this.#server, this.#sockets, (text) => {
      const ack = safeEnvelopeId(text);
      if (ack !== null) this.socketAcks.push(ack);
      this.#notify();
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  /**
   * Makes the next requests to `target` (a Web API method such as `chat.postMessage`, a response_url
   * id, or ANY_RESPONSE_URL) fail with these statuses, or hang, one fault per request.
   */
  failNext(target: string, ...faults: Fault[]): void {
    this.#faults.set(target, [...(this.#faults.get(target) ?? []), ...faults]);
  }

  /** Requests that reached `target` (a Web API method or a response_url id), failed or not. */
  attemptsAt(target: string): number {
    return this.attempts.filter((a) => a.target === target).length;
  }

  /** Base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  /** A fresh response_url. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.#port}/respond/${id}`;
  }

  /** Messages posted to one response_url. */
  responsesTo(id: string): Record<string, unknown>[] {
    return this.responses.filter((r) => r.id === id).map((r) => r.body);
  }

  /** Calls to one Web API method. */
  calls(method: string): ApiCall[] {
    return this.apiCalls.filter((c) => c.method === method);
  }

  /** Resolves once `condition` holds, re-checking after every request; rejects after `timeoutMs`. */
  async waitFor<T>(condition: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('fake Slack: timed out waiting for the bot');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    for (const res of this.#hanging.splice(0)) res.destroy();
    for (const socket of this.#sockets) socket.destroy();
    const closed = new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections?.();
    await closed;
  }

  /** Delivers an Events API body over Socket Mode, as Slack does (`retryAttempt` > 0 for a retry). */
  deliverEvent(envelopeId: string, body: Record<string, unknown>, retryAttempt = 0): void {
    const envelope = { envelope_id: envelopeId, type: 'events_api', payload: body, accepts_response_payload: false, retry_attempt: retryAttempt, retry_reason: retryAttempt > 0 ? 'timeout' : '' };
    for (const socket of this.#sockets) sendJson(socket, envelope);
  }

  #reply(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const error = method === 'chat.postMessage' ? this.postErrors.get(String(params.channel)) : undefined;
    return error !== undefined ? { ok: false, error } : apiReply(method, params, this.#port);
  }

  #notify(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}

let messageCounter = 0;

function apiReply(method: string, params: Record<string, unknown>, port: number): Record<string, unknown> {
  switch (method) {
    case 'apps.connections.open':
      return { ok: true, url: `ws://127.0.0.1:${port}${SOCKET_PATH}` };
    case 'auth.test':
      return { ok: true, url: 'https://example.slack.com/', team: 'Test', user: 'econ-bot', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' };
    case 'chat.postMessage':
      return { ok: true, channel: params.channel, ts: `1700000000.${String(++messageCounter).padStart(6, '0')}`, message: { text: params.text } };
    case 'views.publish':
    case 'views.open':
    case 'views.update':
      return { ok: true, view: { id: 'V0VIEW', ...(params.view as object) } };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

function parseParams(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = key === 'blocks' || key === 'attachments' || key === 'view' ? JSON.parse(value) : value;
  }
  return params;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The envelope_id of an ack the app sent over Socket Mode, or null. */
function safeEnvelopeId(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { envelope_id?: unknown };
    return typeof parsed.envelope_id === 'string' ? parsed.envelope_id : null;
  } catch {
    return null;
  }
}
