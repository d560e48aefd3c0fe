import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../../../src/answer/answerQuestion';
import { loadConfig } from '../../../src/config/loadConfig';
import { loadKnowledge } from '../../../src/knowledge/loadKnowledge';
import type { BotServices } from '../../../src/slack/services/BotServices';
import type { CoreApi } from '../../../src/slack/services/coreApi';
import { createServices } from '../../../src/slack/services/createServices';
import { startSlackBot, type RunningBot } from '../../../src/slack/startSlackBot';
import type { StateStore } from '../../../src/state/StateStore';
import type { DeliveryPolicies } from '../../../src/slack/delivery/RetryPolicy';
import type { SeenKeys } from '../../../src/slack/http/SeenKeys';
import { FakeSlack } from './fakeSlack';
import { memoryLogger, type LogLine } from './memoryLog';
import { slackSignatureHeaders } from './signing';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const ADMIN = 'UADMIN001';
export const STAFF = 'USTAFF001';
/** The project's own corpus. */
export const PROJECT_CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));

export interface TestBotOptions {
  /** Corpus folder; reload tests pass a temporary copy. */
  corpusDir?: string;
  /** State folder; shared between two bots to simulate a restart. */
  stateDir?: string;
  digestChannel?: string;
  digestCron?: string;
  /** The bot's clock. */
  now?: () => Date;
  fakeSlack?: FakeSlack;
  /** Replaces the answering core (only to simulate a core failure). */
  core?: CoreApi;
  /** A state store opened by the test (the database store); by default files in `stateDir`. */
  state?: StateStore;
  /** Shorter retry policies, so tests of failing deliveries do not wait out the production timeouts. */
  delivery?: Partial<DeliveryPolicies>;
  seenKeys?: SeenKeys;
  /** Environment variables added to the bot's configuration (HOST, …). */
  env?: Record<string, string>;
  /** ECON_THREAD_FOLLOWUPS. */
  threadFollowups?: 'mentions' | 'all';
}

/** Options for a signed Events API delivery. */
export interface EventDelivery {
  /** The envelope's event_id; a retry sends the same one. */
  eventId?: string;
  /** X-Slack-Retry-Num, as Slack sets it on a retry. */
  retryNum?: number;
}

export { allText, findButton, limitProblems, mrkdwnTexts } from './messages';

export interface CommandResult {
  status: number;
  /** Milliseconds until Slack would have seen the HTTP response (the ack). */
  ackMs: number;
  responseId: string;
}

let counter = 0;

/**
 * A real econ-bot on a local port (Bolt HTTP receiver, real core and corpus) wired to a fake Slack, plus
 * helpers that send it signed slash commands and button clicks as Slack would.
 */
export class TestBot {
  private constructor(
    /** Everything the bot logged, as the JSON lines it wrote (warnings about Block Kit limits would show here). */
    readonly logLines: LogLine[],
    readonly bot: RunningBot,
    readonly services: BotServices,
    readonly slack: FakeSlack,
    readonly stateDir: string,
    private readonly ownsState: boolean,
    private readonly ownsSlack: boolean,
  ) {}

  static async start(options: TestBotOptions = {}): Promise<TestBot> {
    const slack = options.fakeSlack ?? (await new FakeSlack().start());
    const ownsState = options.stateDir === undefined;
    const stateDir = options.stateDir ?? (await mkdtemp(path.join(tmpdir(), 'econ-state-')));
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      ECON_ADMIN_USER_IDS: ADMIN,
      ECON_STATE_DIR: stateDir,
      ECON_CORPUS_DIR: options.corpusDir ?? PROJECT_CORPUS,
      ECON_TIMEZONE: 'Asia/Seoul',
      ECON_LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      ...options.env,
      ...(options.digestChannel ? { ECON_DIGEST_CHANNEL: options.digestChannel } : {}),
      ...(options.digestCron ? { ECON_DIGEST_CRON: options.digestCron } : {}),
      ...(options.threadFollowups ? { ECON_THREAD_FOLLOWUPS: options.threadFollowups } : {}),
    });
    if (config.connection.mode !== 'http') throw new Error('test bot must run in HTTP mode');
    const { logger, lines: logLines } = memoryLogger(config.logLevel);
    const services = await createServices({
      config,
      core: options.core ?? { loadKnowledge, answerQuestion },
      logger,
      ...(options.now ? { now: options.now } : {}),
      ...(options.state ? { state: options.state } : {}),
      ...(options.delivery ? { delivery: options.delivery } : {}),
      ...(options.seenKeys ? { seenKeys: options.seenKeys } : {}),
    });
    const bot = await startSlackBot({ ...config, connection: config.connection }, services);
    return new TestBot(logLines, bot, services, slack, stateDir, ownsState, options.fakeSlack === undefined);
  }

  /** The log as `level: message` lines. */
  get logs(): string[] {
    return this.logLines.map((l) => `${l.level}: ${l.msg}`);
  }

  /** Log lines at warn or error level. */
  get problems(): LogLine[] {
    return this.logLines.filter((l) => l.level === 'warn' || l.level === 'error');
  }

  get url(): string {
    return `http://127.0.0.1:${this.bot.port}/slack/events`;
  }

  /** POSTs a raw form body with the given headers. */
  async post(body: string, headers: Record<string, string>): Promise<{ status: number; ackMs: number; text: string }> {
    const started = performance.now();
    const res = await fetch(this.url, { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, ackMs: performance.now() - started, text };
  }

  /** Sends `/econ <text>` as `userId`, signed like Slack. */
  async command(text: string, userId = STAFF, timestamp?: number): Promise<CommandResult> {
    const responseId = `cmd${++counter}`;
    const body = slashCommandBody(text, userId, this.slack.responseUrl(responseId));
    const { status, ackMs } = await this.post(body, slackSignatureHeaders(SIGNING_SECRET, body, timestamp));
    return { status, ackMs, responseId };
  }

  /** Clicks a button (a block_actions interaction), signed like Slack. */
  async click(action: { actionId: string; value: string; blockId?: string }, userId = STAFF): Promise<CommandResult> {
    const responseId = `act${++counter}`;
    const payload = {
      type: 'block_actions',
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: 'T0TEST' },
      api_app_id: 'A0ECON',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1667174400.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
      trigger_id: '123.456.def',
      team: { id: 'T0TEST', domain: 'test' },
      channel: { id: 'C0GENERAL', name: 'general' },
      response_url: this.slack.responseUrl(responseId),
      actions: [
        {
          action_id: action.actionId,
          block_id: action.blockId ?? 'answer_actions',
          type: 'button',
          value: action.value,
          text: { type: 'plain_text', text: 'button' },
          action_ts: '1667174401.000200',
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const { status, ackMs } = await this.post(body, slackSignatureHeaders(SIGNING_SECRET, body));
    return { status, ackMs, responseId };
  }

  /** Delivers an Events API event (JSON, signed like Slack) and returns the HTTP status and ack time. */
  async event(event: Record<string, unknown>, delivery: EventDelivery = {}): Promise<{ status: number; ackMs: number; eventId: string }> {
    const eventId = delivery.eventId ?? `Ev${++counter}`;
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T0TEST',
      api_app_id: 'A0ECON',
      event: { event_ts: event.ts ?? '1700000000.000000', ...event },
      type: 'event_callback',
      event_id: eventId,
      event_time: 1700000000,
      authorizations: [{ team_id: 'T0TEST', user_id: 'U0BOT', is_bot: true }],
    });
    // Slack signs a retry anew, later than the original. Here a minute earlier per retry (future
    // timestamps are refused), so the same body never carries the same signature twice (a replay).
    const headers = slackSignatureHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 60 * (delivery.retryNum ?? 0), 'application/json');
    if (delivery.retryNum !== undefined) Object.assign(headers, { 'X-Slack-Retry-Num': String(delivery.retryNum), 'X-Slack-Retry-Reason': 'http_timeout' });
    const { status, ackMs } = await this.post(body, headers);
    return { status, ackMs, eventId };
  }

  /** Sends an interaction payload (a shortcut, or a button in a message or modal), signed like Slack. */
  async interaction(payload: Record<string, unknown>): Promise<{ status: number; ackMs: number }> {
    const body = new URLSearchParams({ payload: JSON.stringify({ api_app_id: 'A0ECON', token: 'legacy-verification-token', team: { id: 'T0TEST', domain: 'test' }, ...payload }) }).toString();
    const { status, ackMs } = await this.post(body, slackSignatureHeaders(SIGNING_SECRET, body));
    return { status, ackMs };
  }

  /** Waits for the `n`-th message sent to a response_url and returns it. */
  async reply(responseId: string, n = 1, timeoutMs = 5000): Promise<Record<string, unknown>> {
    return this.slack.waitFor(() => this.slack.responsesTo(responseId)[n - 1], timeoutMs);
  }

  /** Sends a command and waits for its reply. */
  async ask(text: string, userId = STAFF): Promise<Record<string, unknown>> {
    const { responseId, status } = await this.command(text, userId);
    if (status !== 200) throw new Error(`command rejected with HTTP ${status}`);
    return this.reply(responseId);
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.services.state.close();
    if (this.ownsSlack) await this.slack.stop();
    if (this.ownsState) await rm(this.stateDir, { recursive: true, force: true });
  }
}

/** The form body Slack posts for `/econ <text>` typed by `userId`. */
export function slashCommandBody(text: string, userId: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/econ',
    text,
    api_app_id: 'A0ECON',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
  }).toString();
}

