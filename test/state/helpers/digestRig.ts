import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DigestScheduler } from '../../../src/digest/DigestScheduler';
import { classifyPostError, digestClient } from '../../../src/slack/digestClient';
import type { StateStore } from '../../../src/state/StateStore';

// Monday 31 October 2022, 09:00 in Seoul, and an hour later.
export const SLOT = new Date('2022-10-31T00:00:00Z');
export const AN_HOUR_LATER = () => new Date('2022-10-31T01:00:00Z');

/** A logger that keeps its lines. */
export function memoryLogger(): { lines: string[]; info(...m: unknown[]): void; warn(...m: unknown[]): void; error(...m: unknown[]): void; debug(...m: unknown[]): void } {
  const lines: string[] = [];
  const log = (level: string) => (...m: unknown[]) => void lines.push(`${level}: ${m.map((x) => (x instanceof Error ? x.message : String(x))).join(' ')}`);
  return { lines, info: log('info'), warn: log('warn'), error: log('error'), debug: () => undefined };
}

/**
 * The real DigestScheduler on `store`, posting through the digest's own Web API client to `apiUrl`
 * (the fake Slack, a closed port, or a server that never answers), for the Monday 09:00 Seoul slot.
 */
export function digestScheduler(
  store: StateStore,
  options: { apiUrl: string; channel: string; logger?: ReturnType<typeof memoryLogger>; postTimeoutMs?: number; leaseMs?: number; now?: () => Date },
): DigestScheduler {
  const client = digestClient('xoxb-test-token', options.apiUrl);
  return new DigestScheduler({
    cron: '0 9 * * 1',
    timezone: 'Asia/Seoul',
    channel: options.channel,
    slots: store,
    post: async (slot, late) => {
      try {
        await client.chat.postMessage({ channel: options.channel, text: `digest ${slot.toISOString()}${late ? ' (late)' : ''}` });
      } catch (error) {
        throw classifyPostError(error);
      }
    },
    logger: options.logger ?? memoryLogger(),
    now: options.now ?? AN_HOUR_LATER,
    ...(options.postTimeoutMs !== undefined ? { postTimeoutMs: options.postTimeoutMs } : {}),
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs, retryMs: options.leaseMs } : {}),
  });
}

/** A TCP server that accepts connections and never answers: Slack hanging. Counts connections. */
export class SilentServer {
  connections = 0;
  readonly #sockets = new Set<Socket>();
  #server: Server | null = null;

  async start(): Promise<this> {
    this.#server = createServer((socket) => {
      this.connections += 1;
      this.#sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/api/`;
  }

  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}

/** A port nothing listens on: Slack unreachable. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api/`;
}
