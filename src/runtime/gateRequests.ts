import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { InFlight } from './InFlight';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts `inFlight` in front of an HTTP server's request handling (Bolt's receiver and its custom
 * routes). While it accepts, each request is handled as before and counted in flight until its
 * response is sent (for a Slack request: the ack). Once it is closed, every request, `/healthz`
 * included, gets `503` at once and reaches nothing else, so load balancers stop sending traffic and
 * Slack reports the failure to the user instead of the bot acking work it would not finish.
 */
export function gateRequests(server: Server, inFlight: InFlight): void {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!inFlight.accepting) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10', Connection: 'close' });
      res.end('shutting down');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    void inFlight.track(`${req.method ?? 'GET'} ${path} (not acknowledged)`, () => responseClosed(res));
    for (const handler of handlers) handler.call(server, req, res);
  });
}

function responseClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.writableFinished || res.destroyed) resolve();
    else res.once('close', () => resolve());
  });
}
