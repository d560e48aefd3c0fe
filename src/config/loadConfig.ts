import path from 'node:path';
import { ConfigError } from './ConfigError';
import { defaultCorpusDir, defaultStateDir } from './paths';
import { cronPatternProblem, isKnownTimeZone } from './validators';
import { EnvSchema, type EnvVariables } from './envSchema';

/** How econ-bot talks to people: Slack over a WebSocket, Slack over HTTP, or a terminal. */
export type Connection =
  | { mode: 'socket'; botToken: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number }
  | { mode: 'local' };

/** Everything econ-bot reads from the environment, parsed and checked once at start-up. */
export interface AppConfig {
  connection: Connection;
  /** Base URL of the Slack Web API (ends with `/`), when not Slack's own; the tests point it at a local server. */
  slackApiUrl: string | null;
  /** Slack user ids allowed to `/econ reload` and `/econ stats`. */
  adminUserIds: ReadonlySet<string>;
  digest: {
    /** Channel id or `#name` the weekly digest goes to; null turns the scheduled post off. */
    channel: string | null;
    cron: string;
    timezone: string;
  };
  stateDir: string;
  /** PostgreSQL URL for the shared state store; null keeps state in files in `stateDir`. Contains a password: never log it. */
  databaseUrl: string | null;
  corpusDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** `json`: one JSON object per line on stderr (for log collectors); `pretty`: readable lines for a terminal. */
  logFormat: 'json' | 'pretty';
  /** Interface the HTTP listener (and the Socket Mode health server) binds; null = all interfaces (Node's default). */
  host: string | null;
  /** Socket Mode only: port of a small `GET /healthz` server for process managers; null = none. */
  healthPort: number | null;
  /** `mentions` (default): in channels answer only @mentions; `all`: every reply in a thread the bot answered in. */
  threadFollowups: 'mentions' | 'all';
}

/** Environment variables econ-bot reads; every other variable is ignored. */
export const CONFIG_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'PORT',
  'HOST',
  'HEALTH_PORT',
  'ECON_ADMIN_USER_IDS',
  'ECON_DIGEST_CHANNEL',
  'ECON_DIGEST_CRON',
  'ECON_TIMEZONE',
  'TZ',
  'ECON_STATE_DIR',
  'ECON_DATABASE_URL',
  'ECON_CORPUS_DIR',
  'ECON_LOG_LEVEL',
  'ECON_LOG_FORMAT',
  'ECON_THREAD_FOLLOWUPS',
] as const;

/** Variables whose values must never be printed. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'ECON_DATABASE_URL']);

type Problem = { variable: string; message: string };

/**
 * Reads and checks econ-bot's configuration from `env` (default `process.env`).
 *
 * The connection mode follows from which Slack variables are present: `SLACK_APP_TOKEN` → Socket Mode,
 * `SLACK_BOT_TOKEN` + `SLACK_SIGNING_SECRET` → HTTP, none at all → local terminal session.
 *
 * @throws ConfigError naming every bad or missing variable (values are never included).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message }));
  // Checked even when other variables are bad, so one run reports every problem at once.
  const schedule = resolveSchedule(env, problems);
  const connection = parsed.success ? resolveConnection(parsed.data, problems) : null;
  if (!parsed.success || connection === null || problems.length > 0) throw new ConfigError(problems);
  const vars = parsed.data;

  return {
    connection,
    slackApiUrl: vars.SLACK_API_URL ?? null,
    adminUserIds: new Set(vars.ECON_ADMIN_USER_IDS),
    digest: { channel: vars.ECON_DIGEST_CHANNEL ?? null, ...schedule },
    stateDir: path.resolve(vars.ECON_STATE_DIR ?? defaultStateDir),
    databaseUrl: vars.ECON_DATABASE_URL ?? null,
    corpusDir: path.resolve(vars.ECON_CORPUS_DIR ?? defaultCorpusDir),
    logLevel: vars.ECON_LOG_LEVEL,
    logFormat: vars.ECON_LOG_FORMAT,
    host: vars.HOST ?? null,
    healthPort: vars.HEALTH_PORT ?? null,
    threadFollowups: vars.ECON_THREAD_FOLLOWUPS,
  };
}

/** The digest's schedule when neither ECON_DIGEST_CRON, ECON_TIMEZONE nor TZ is set: Mondays 09:00 in Seoul. */
export const DEFAULT_SCHEDULE = { cron: '0 9 * * 1', timezone: 'Asia/Seoul' } as const;

/** The digest's time zone (ECON_TIMEZONE, else TZ, else Asia/Seoul) and cron pattern, both checked. */
function resolveSchedule(env: NodeJS.ProcessEnv, problems: Problem[]): { cron: string; timezone: string } {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  // ECON_TIMEZONE wins over TZ; the bot then sets TZ to the zone it chose (setProcessTimeZone).
  const explicit = read('ECON_TIMEZONE');
  const timezoneVariable = explicit !== undefined ? 'ECON_TIMEZONE' : 'TZ';
  const timezone = explicit ?? normaliseTz(read('TZ')) ?? DEFAULT_SCHEDULE.timezone;
  const cron = read('ECON_DIGEST_CRON') ?? DEFAULT_SCHEDULE.cron;
  // The defaults are not re-checked: loading the time-zone data cost every start-up ~15-30 ms.
  if (timezone === DEFAULT_SCHEDULE.timezone && cron === DEFAULT_SCHEDULE.cron) return { cron, timezone };
  if (!isKnownTimeZone(timezone)) {
    problems.push({ variable: timezoneVariable, message: 'IANA 시간대 이름이어야 합니다 (e.g. Asia/Seoul)' });
    return { cron, timezone };
  }
  const cronProblem = cronPatternProblem(cron, timezone);
  if (cronProblem !== null) {
    problems.push({ variable: 'ECON_DIGEST_CRON', message: `cron 패턴이 올바르지 않습니다 (e.g. "0 9 * * 1"): ${cronProblem}` });
  }
  return { cron, timezone };
}


function resolveConnection(vars: EnvVariables, problems: Problem[]): Connection {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = vars;
  if (appToken !== undefined) {
    if (botToken === undefined) {
      problems.push({ variable: 'SLACK_BOT_TOKEN', message: 'Socket Mode(SLACK_APP_TOKEN)에는 봇 토큰도 필요합니다 (required with SLACK_APP_TOKEN)' });
      return { mode: 'local' };
    }
    return { mode: 'socket', botToken, appToken };
  }
  if (botToken !== undefined || signingSecret !== undefined) {
    if (botToken === undefined) {
      problems.push({ variable: 'SLACK_BOT_TOKEN', message: 'HTTP 모드에는 봇 토큰이 필요합니다 (required with SLACK_SIGNING_SECRET)' });
    }
    if (signingSecret === undefined) {
      problems.push({ variable: 'SLACK_SIGNING_SECRET', message: 'HTTP 모드에는 서명 비밀값이 필요합니다 (required with SLACK_BOT_TOKEN, or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (botToken === undefined || signingSecret === undefined) return { mode: 'local' };
    return { mode: 'http', botToken, signingSecret, port: vars.PORT };
  }
  return { mode: 'local' };
}


/** glibc accepts `TZ=:Asia/Seoul`; Intl does not. */
function normaliseTz(tz: string | undefined): string | undefined {
  return tz?.startsWith(':') ? tz.slice(1) : tz;
}
