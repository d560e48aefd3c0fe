import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Slack's response_url endpoints, made slow: every POST to `/r/<id>` is recorded at once and answered
 * `200` only after `delayMs`, so a reply stays in flight that long. `answered` holds the replies whose
 * delivery completed (the bot saw the 200).
 */
export class SlowResponseUrls {
  readonly received = new Map<string, Record<string, unknown>>();
  readonly answered = new Set<string>();
  #server: Server | null = null;
  #port = 0;

  constructor(private readonly delayMs: number) {}

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void readJson(req).then((body) => {
        const id = (req.url ?? '').replace(/^\/r\//, '');
        this.received.set(id, body);
        setTimeout(() => {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('ok', () => this.answered.add(id));
        }, this.delayMs).unref();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  url(id: string): string {
    return `http://127.0.0.1:${this.#port}/r/${id}`;
  }

  /** Resolves once `count` replies have been received; rejects after `timeoutMs`. */
  async waitForReceived(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.size < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.received.size} of ${count} replies arrived`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => (this.#server ? this.#server.close(resolve) : resolve(undefined)));
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}
