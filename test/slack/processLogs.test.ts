import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/cli/benchProcess';
import { FakeSlack } from './helpers/fakeSlack';
import { slackSignatureHeaders } from './helpers/signing';
import { PROJECT_CORPUS } from './helpers/testBot';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BOT_TOKEN = 'xoxb-1111-2222-zzsecretbotzz';
const SIGNING_SECRET = 'zzsecretsigningzz-0123';
let slack: FakeSlack;
let stateDir: string;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-process-'));
});
afterAll(async () => {
  await slack.stop();
  await rm(stateDir, { recursive: true, force: true });
});

describe('`npm start` in HTTP mode', () => {
  it('logs JSON lines to stderr only, with no secret even at debug level', async () => {
    const child = startBot(slack.apiUrl, { ECON_LOG_LEVEL: 'debug' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line:\n${stderr}`)), 30_000);
      child.stderr.on('data', () => {
        const match = /listening on 127\.0\.0\.1 port (\d+)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    // One answered command (its Web API and response_url traffic logged at debug), one bad signature.
    const body = new URLSearchParams({ command: '/econ', text: '청년취업사관학교 예산', user_id: 'USTAFF001', response_url: slack.responseUrl('process') }).toString();
    const url = `http://127.0.0.1:${port}/slack/events`;
    expect((await fetch(url, { method: 'POST', headers: slackSignatureHeaders(SIGNING_SECRET, body), body })).status).toBe(200);
    await slack.waitFor(() => slack.responsesTo('process')[0], 10_000);
    expect((await fetch(url, { method: 'POST', headers: slackSignatureHeaders('wrong', body), body })).status).toBe(401);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);

    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.map((l) => l.msg)).toContain(`econ-bot listening on 127.0.0.1 port ${port} (/slack/events, /healthz)`);
    expect(lines.some((l) => l.level === 'warn' && /refused Slack requests: bad signature/.test(l.msg))).toBe(true);
    expect(stderr).not.toMatch(/zzsecretbotzz|zzsecretsigningzz|xoxb-1111/);
  }, 60_000);

  it('stops with one clear line (no stack trace) when Slack cannot confirm the bot token', async () => {
    const closed = await freePort(); // nothing listens there: auth.test cannot reach Slack
    const child = startBot(`http://127.0.0.1:${closed}/api/`);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const plain = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(plain).toEqual([expect.stringMatching(/^Slack 인증 실패: .*auth\.test/)]);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/listening on/);
  }, 60_000);
});


/** The bot in HTTP mode on 127.0.0.1, as `npm start` runs it from source, talking to `apiUrl`. */
function startBot(apiUrl: string, extra: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ECON_CORPUS_DIR: PROJECT_CORPUS,
      ECON_STATE_DIR: stateDir,
      ...extra,
    },
  });
}
