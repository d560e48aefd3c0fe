import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/createLogger';
import { memoryLogger } from '../slack/helpers/memoryLog';

describe('the pino logger behind Bolt\'s Logger interface', () => {
  it('writes one JSON object per line: level name, ISO time, message, fields', () => {
    const { logger, lines } = memoryLogger('info');
    logger.debug('not shown at info');
    logger.info('corpus reloaded in', 12, 'ms', { user: 'UADMIN001' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'corpus reloaded in 12 ms', user: 'UADMIN001', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it('describes an expected network failure in one line, without a stack', async () => {
    const { logger, lines } = memoryLogger();
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const refused = await fetch(`http://127.0.0.1:${port}/`).then(() => null, (e: unknown) => e);
    logger.error('reply not delivered', refused);
    expect(lines[0]!.err).toEqual({ type: 'TypeError', message: 'fetch failed', code: 'ECONNREFUSED' });
  });

  it('keeps the stack of an unexpected error', () => {
    const { logger, lines } = memoryLogger();
    logger.error('/econ failed', new RangeError('index out of range'));
    expect(lines[0]!.err).toMatchObject({ type: 'RangeError', message: 'index out of range', stack: expect.stringContaining('logger.test.ts') });
  });

  it('never writes a Slack token, in the message or in a field', () => {
    const { logger, lines } = memoryLogger();
    logger.warn('calling with xoxb-1111-2222-abcdef and xapp-1-A111-xyz', { token: 'anything', nested: { token: 'x', note: 'Bearer xoxb-9-9' } });
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/xoxb-1111|xapp-1-A111|anything|xoxb-9-9/);
    expect(lines[0]!.msg).toBe('calling with [redacted] and [redacted]');
  });

  it('supports Bolt\'s setLevel, getLevel and setName', () => {
    const { logger, lines } = memoryLogger('info');
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    logger.setLevel(LogLevel.ERROR);
    logger.warn('hidden');
    logger.setName('bolt-app');
    logger.error('shown');
    expect(logger.getLevel()).toBe(LogLevel.ERROR);
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: 'shown', name: 'bolt-app' })]);
  });

  it('writes readable lines with ECON_LOG_FORMAT=pretty', () => {
    let text = '';
    const destination = new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) });
    const logger = createLogger({ level: 'info', format: 'pretty', destination });
    logger.warn('reply not delivered', { status: 500 });
    expect(text).toMatch(/WARN.*reply not delivered/);
    expect(text).toMatch(/status: 500/);
    expect(() => JSON.parse(text)).toThrow();
  });
});
