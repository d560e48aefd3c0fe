import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { slackSignatureHeaders } from '../../slack/helpers/signing';
import { ADMIN, SIGNING_SECRET, slashCommandBody } from '../../slack/helpers/testBot';
import type { FakeSlack } from '../../slack/helpers/fakeSlack';
import { SNAPSHOT_BLOB, SNAPSHOT_FLAGS } from '../../../scripts/build.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let commands = 0;

/**
 * econ-bot as a separate process, started from the start-up snapshot as `npm start` runs it (built
 * by the test setup), in HTTP mode on a free port, talking to the fake Slack; what it logs (stderr)
 * is kept for assertions.
 */
export class BotProcess {
  stderr = '';
  #port: number | null = null;

  private constructor(private readonly child: ChildProcess, private readonly slack: FakeSlack) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.stdout!.resume();
  }

  /** Starts a bot with these extra variables and waits until it listens. */
  static async start(slack: FakeSlack, env: Record<string, string>): Promise<BotProcess> {
    const child = spawn(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', SNAPSHOT_BLOB], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        ECON_ADMIN_USER_IDS: ADMIN,
        ECON_TIMEZONE: 'Asia/Seoul',
        ECON_LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child, slack);
    const port = await bot.waitForLog(/econ-bot listening on .*?port (\d+)/, 60_000);
    bot.#port = Number(port[1]);
    return bot;
  }

  /** Resolves with the first match of `pattern` in what the bot logged; rejects after `timeoutMs`. */
  async waitForLog(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.stderr.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`bot exited (${this.child.exitCode}) before logging ${pattern}:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`bot did not log ${pattern} within ${timeoutMs} ms:\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sends a signed `/econ <text>` and waits for the reply posted to its response_url. */
  async ask(text: string, userId = ADMIN): Promise<Record<string, unknown>> {
    const responseId = `proc${++commands}`;
    const body = slashCommandBody(text, userId, this.slack.responseUrl(responseId));
    const res = await fetch(`http://127.0.0.1:${this.#port}/slack/events`, { method: 'POST', headers: slackSignatureHeaders(SIGNING_SECRET, body), body });
    if (res.status !== 200) throw new Error(`command rejected with HTTP ${res.status}`);
    return this.slack.waitFor(() => this.slack.responsesTo(responseId)[0], 20_000);
  }

  /** SIGTERM, then SIGKILL if it has not exited after 15 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
