import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/slack/delivery/nodeFetch';

let server: http.Server;
let base: string;
const seen: { url: string; body: string; type: string | undefined; auth: string | undefined }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', body, type: req.headers['content-type'], auth: req.headers.authorization });
      if (req.url === '/api/limited') res.writeHead(429, { 'Retry-After': '7' }).end();
      else res.writeHead(200, { 'Content-Type': 'application/json', 'X-OAuth-Scopes': 'chat:write' }).end('{"ok":true,"user_id":"U1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('nodeFetch', () => {
  it('serves the Slack Web API client: the form body goes out, the JSON answer and its headers come back', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: `${base}/api/`, fetch: nodeFetch, retryConfig: { retries: 0 } });
    const result = await client.auth.test();
    expect(result).toMatchObject({ ok: true, user_id: 'U1', response_metadata: { scopes: ['chat:write'] } });
    expect(seen.at(-1)).toMatchObject({ url: '/api/auth.test', type: 'application/x-www-form-urlencoded', auth: 'Bearer xoxb-test' });
  });

  it('reads headers without regard to case, and the status as sent', async () => {
    const response = await nodeFetch(`${base}/api/limited`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-missing')).toBeNull();
  });
});
