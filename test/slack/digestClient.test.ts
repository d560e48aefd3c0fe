import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostOutcomeUnknown } from '../../src/digest/PostOutcomeUnknown';
import { classifyPostError, digestClient } from '../../src/slack/digestClient';
import { closedPortUrl } from '../state/helpers/digestRig';

let server: Server;
let requests = 0;
const replies: Record<string, { status: number; body: unknown }> = {
  'C0500': { status: 500, body: 'oops' },
  'C0504': { status: 504, body: 'gateway timeout' },
  'C0GONE': { status: 200, body: { ok: false, error: 'channel_not_found' } },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      requests += 1;
      const reply = replies[new URLSearchParams(raw).get('channel') ?? ''] ?? { status: 200, body: { ok: true, ts: '1.2' } };
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** What posting to `channel` through the digest client throws, classified. */
async function failure(apiUrl: string, channel: string): Promise<Error> {
  try {
    await digestClient('xoxb-test-token', apiUrl).chat.postMessage({ channel, text: 'digest' });
  } catch (error) {
    return classifyPostError(error);
  }
  throw new Error('expected the post to fail');
}

describe('the digest Web API client', () => {
  const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;

  it('does not retry by itself: one request per post, even on a 500', async () => {
    const before = requests;
    const error = await failure(url(), 'C0500');
    expect(requests - before).toBe(1);
    expect(error).not.toBeInstanceOf(PostOutcomeUnknown);
  });

  it('treats Slack saying no, and a connection never made, as not posted (retried later)', async () => {
    expect(await failure(url(), 'C0GONE')).not.toBeInstanceOf(PostOutcomeUnknown);
    const refused = await failure(await closedPortUrl(), 'C0X');
    expect(refused).not.toBeInstanceOf(PostOutcomeUnknown);
    expect(refused.message).toMatch(/ECONNREFUSED/);
  });

  it('treats a gateway timeout as unknown outcome (never re-posted)', async () => {
    expect(await failure(url(), 'C0504')).toBeInstanceOf(PostOutcomeUnknown);
  });
});
