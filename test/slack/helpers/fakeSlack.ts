import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/**
 * A local stand-in for Slack: the Web API under `/api/` (auth.test, chat.postMessage) and
 * response_urls under `/respond/<id>`. It records everything the bot sends so tests can assert on it.
 */
export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Channels where chat.postMessage fails, with Slack's error code (`not_in_channel`). */
  readonly postErrors = new Map<string, string>();
  /** Milliseconds chat.postMessage takes to answer (a slow Slack, for shutdown tests). */
  postDelayMs = 0;
  /** What apps.connections.open returns as the Socket Mode URL (set by the Socket Mode test). */
  socketUrl: string | null = null;
  #server: Server | null = null;
  #waiters: Array<() => void> = [];
  #port = 0;

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname.startsWith('/api/')) {
          const method = url.pathname.slice('/api/'.length);
          const params = parseParams(raw, req.headers['content-type'] ?? '');
          this.apiCalls.push({ method, params });
          const delay = method === 'chat.postMessage' ? this.postDelayMs : 0;
          setTimeout(() => {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify(this.#reply(method, params)));
            this.#notify();
          }, delay);
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
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
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
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections?.();
  }

  #reply(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const error = method === 'chat.postMessage' ? this.postErrors.get(String(params.channel)) : undefined;
    if (error !== undefined) return { ok: false, error };
    if (method === 'apps.connections.open') return this.socketUrl === null ? { ok: false, error: 'invalid_auth' } : { ok: true, url: this.socketUrl };
    return apiReply(method, params);
  }

  #notify(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}

let messageCounter = 0;

function apiReply(method: string, params: Record<string, unknown>): Record<string, unknown> {
  switch (method) {
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
