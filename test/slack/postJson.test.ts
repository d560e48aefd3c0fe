import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, REPLY_TEXT_LIMIT } from '../../src/slack/delivery/postJson';
import { errorCode } from '../../src/logging/describeError';

let server: http.Server;
let base: string;
const received: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(`${req.headers['content-type']} ${body}`);
      if (req.url === '/expired') res.writeHead(404).end('expired_url');
      else if (req.url === '/long') res.writeHead(200).end('x'.repeat(REPLY_TEXT_LIMIT * 3));
      else if (req.url === '/stalls') res.writeHead(200).write('o'); // the rest never comes
      else res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('postJson', () => {
  it('posts the JSON body and resolves to any status with the reply text', async () => {
    expect(await postJson(`${base}/ok`, '{"text":"청년"}', 2000)).toEqual({ status: 200, text: 'ok' });
    expect(received.at(-1)).toBe('application/json {"text":"청년"}');
    expect(await postJson(`${base}/expired`, '{}', 2000)).toEqual({ status: 404, text: 'expired_url' });
    expect((await postJson(`${base}/long`, '{}', 2000)).text).toHaveLength(REPLY_TEXT_LIMIT);
  });

  it('rejects with a TimeoutError when the reply does not complete in time', async () => {
    await expect(postJson(`${base}/stalls`, '{}', 200)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects with the network error code when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await postJson(`http://127.0.0.1:${port}/`, '{}', 2000).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('ECONNREFUSED');
  });
});
