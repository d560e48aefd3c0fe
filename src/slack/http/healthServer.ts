import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Path of the health check, in HTTP mode next to `/slack/events`, in Socket Mode on HEALTH_PORT. */
export const HEALTH_PATH = '/healthz';

/** Answers a health check: `200 ok`. */
export function answerHealthCheck(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
}

/** A running health server. */
export interface HealthServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts a tiny HTTP server answering `GET /healthz` (everything else is 404), for process managers
 * and load balancers when the bot itself runs over Socket Mode and serves no HTTP.
 */
export async function startHealthServer(port: number, host: string | null): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === HEALTH_PATH) return answerHealthCheck(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(host !== null ? { host } : {}) }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
