import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunning, spawnIn } from './helpers/botProcess';

let stateDir: string;
beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-terminal-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

describe('terminal mode (compiled), input still open', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} after an answer ends the session and exits 0`, async () => {
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ECON_STATE_DIR: stateDir };
      const bot = spawnIn(process.execPath, ['--enable-source-maps', 'dist/main.js'], env);
      let stdout = '';
      const answered = new Promise<void>((resolve) =>
        bot.child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('20,255백만원')) resolve();
        }),
      );
      bot.child.stdin!.write('청년취업사관학교 예산\n'); // and the pipe stays open
      await answered;
      bot.child.kill(signal);
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).toBe('');
      expect(isRunning(bot.child.pid!)).toBe(false);
    }, 30_000);
  }
});

describe('terminal mode (compiled), output piped into a reader that leaves', () => {
  it('exits 0 without an EPIPE stack trace when the reader closes the pipe (… | head -1)', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ECON_STATE_DIR: stateDir };
    const bot = spawnIn(process.execPath, ['--enable-source-maps', 'dist/main.js'], env);
    const firstChunk = new Promise<void>((resolve) => bot.child.stdout!.once('data', () => resolve()));
    bot.child.stdin!.write('청년취업사관학교 예산\n');
    await firstChunk;
    bot.child.stdout!.destroy(); // the reader is gone
    bot.child.stdin!.end('서울큐브 예산\n캠퍼스타운 예산\n');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toMatch(/EPIPE|Error/);
  }, 30_000);
});
