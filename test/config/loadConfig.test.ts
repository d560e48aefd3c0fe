import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/ConfigError';
import { describeConfig } from '../../src/config/describeConfig';
import { DEFAULT_SCHEDULE, loadConfig } from '../../src/config/loadConfig';
import { cronPatternProblem, isKnownTimeZone } from '../../src/config/validators';
import { defaultCorpusDir, defaultStateDir } from '../../src/config/paths';

const BOT = 'xoxb-1111-2222-zzbotzz';
const SIGNING = 'f00dfeed-zzsigningzz';
const APP = 'xapp-1-A111-zzappzz';

/** The ConfigError thrown for `env`, or a failure if none is. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('connection mode', () => {
  it('is a local terminal session with no Slack variables, with defaults', () => {
    const config = loadConfig({});
    expect(config.connection).toEqual({ mode: 'local' });
    expect(config.digest).toEqual({ channel: null, cron: '0 9 * * 1', timezone: 'Asia/Seoul' });
    expect(config.corpusDir).toBe(defaultCorpusDir);
    expect(config.stateDir).toBe(defaultStateDir);
    expect(config.slackApiUrl).toBeNull();
    expect(config.adminUserIds.size).toBe(0);
  });

  it('starts without checking the default schedule, which passes the checks a set one gets', () => {
    expect(isKnownTimeZone(DEFAULT_SCHEDULE.timezone)).toBe(true);
    expect(cronPatternProblem(DEFAULT_SCHEDULE.cron, DEFAULT_SCHEDULE.timezone)).toBeNull();
    expect(isKnownTimeZone('Asia/Nowhere')).toBe(false);
    expect(cronPatternProblem('61 9 * * 1', DEFAULT_SCHEDULE.timezone)).not.toBeNull();
  });

  it('is HTTP with a bot token and signing secret (PORT default 3000)', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING }).connection).toEqual({ mode: 'http', botToken: BOT, signingSecret: SIGNING, port: 3000 });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, PORT: '8080' }).connection).toMatchObject({ port: 8080 });
  });

  it('is Socket Mode when an app token is set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).connection).toEqual({ mode: 'socket', botToken: BOT, appToken: APP });
  });

  it('treats empty variables (as .env files leave them) as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: ' ', PORT: '' }).connection).toEqual({ mode: 'local' });
  });
});

describe('bad or missing values name the variable', () => {
  it('names the missing half of the HTTP pair', () => {
    expect(configError({ SLACK_BOT_TOKEN: BOT }).variables).toEqual(['SLACK_SIGNING_SECRET']);
    expect(configError({ SLACK_SIGNING_SECRET: SIGNING }).variables).toEqual(['SLACK_BOT_TOKEN']);
    expect(configError({ SLACK_APP_TOKEN: APP }).variables).toEqual(['SLACK_BOT_TOKEN']);
  });

  it('reports every bad variable at once', () => {
    const error = configError({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: SIGNING,
      PORT: 'eighty',
      ECON_ADMIN_USER_IDS: 'U0123ABC, bob',
      ECON_DIGEST_CHANNEL: '#Not A Channel',
      ECON_DIGEST_CRON: 'every monday',
      SLACK_API_URL: 'ftp://example.com',
      ECON_LOG_LEVEL: 'loud',
    });
    expect([...error.variables].sort()).toEqual(
      ['ECON_ADMIN_USER_IDS', 'ECON_DIGEST_CHANNEL', 'ECON_DIGEST_CRON', 'ECON_LOG_LEVEL', 'PORT', 'SLACK_API_URL', 'SLACK_BOT_TOKEN'].sort(),
    );
    expect(error.message).toMatch(/환경 변수 설정이 올바르지 않습니다/);
  });

  it('reads ECON_THREAD_FOLLOWUPS: mentions by default, all on request, anything else named', () => {
    expect(loadConfig({}).threadFollowups).toBe('mentions');
    expect(loadConfig({ ECON_THREAD_FOLLOWUPS: '' }).threadFollowups).toBe('mentions');
    expect(loadConfig({ ECON_THREAD_FOLLOWUPS: 'all' }).threadFollowups).toBe('all');
    const error = configError({ ECON_THREAD_FOLLOWUPS: 'everything' });
    expect(error.variables).toEqual(['ECON_THREAD_FOLLOWUPS']);
    expect(error.message).toMatch(/channels:history/);
  });

  it('checks the time zone, from ECON_TIMEZONE first, then TZ', () => {
    expect(configError({ ECON_TIMEZONE: 'Mars/Olympus' }).variables).toEqual(['ECON_TIMEZONE']);
    expect(configError({ TZ: 'Mars/Olympus' }).variables).toEqual(['TZ']);
    expect(loadConfig({ TZ: 'Europe/Berlin' }).digest.timezone).toBe('Europe/Berlin');
    expect(loadConfig({ TZ: ':UTC' }).digest.timezone).toBe('UTC');
    expect(loadConfig({ TZ: 'UTC', ECON_TIMEZONE: 'Asia/Seoul' }).digest.timezone).toBe('Asia/Seoul');
  });

  it('never prints a secret, even when it is the bad value', () => {
    const error = configError({ SLACK_BOT_TOKEN: 'hunter2-bot', SLACK_SIGNING_SECRET: 'hunt3r2', SLACK_APP_TOKEN: 'hunter2-app' });
    expect([...error.variables].sort()).toEqual(['SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(error.message).not.toMatch(/hunter2|hunt3r2/);
  });
});

describe('listening and logging', () => {
  it('defaults to every interface, no health server, info level and JSON logs', () => {
    expect(loadConfig({})).toMatchObject({ host: null, healthPort: null, logLevel: 'info', logFormat: 'json' });
  });

  it('reads HOST, HEALTH_PORT and ECON_LOG_FORMAT', () => {
    expect(loadConfig({ HOST: '::', HEALTH_PORT: '8081', ECON_LOG_FORMAT: 'pretty' })).toMatchObject({ host: '::', healthPort: 8081, logFormat: 'pretty' });
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: 'bot.internal.example' }).host).toBe('bot.internal.example');
  });

  it('names HOST, HEALTH_PORT and ECON_LOG_FORMAT when they are bad', () => {
    const error = configError({ HOST: 'http://0.0.0.0:3000', HEALTH_PORT: '70000', ECON_LOG_FORMAT: 'xml' });
    expect([...error.variables].sort()).toEqual(['ECON_LOG_FORMAT', 'HEALTH_PORT', 'HOST']);
    expect(error.message).toMatch(/HOST: IP 주소나 호스트 이름이어야 합니다/);
    expect(error.message).toMatch(/ECON_LOG_FORMAT: json 또는 pretty/);
  });
});

describe('other settings', () => {
  it('reads admins, digest, paths and the API URL', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SIGNING,
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      ECON_ADMIN_USER_IDS: ' U0123ABC ,W0456DEF,',
      ECON_DIGEST_CHANNEL: 'C0DIGEST1',
      ECON_DIGEST_CRON: '30 8 * * 1-5',
      ECON_STATE_DIR: 'tmp/state',
      ECON_CORPUS_DIR: '/srv/corpus',
    });
    expect([...config.adminUserIds]).toEqual(['U0123ABC', 'W0456DEF']);
    expect(config.slackApiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(config.digest).toEqual({ channel: 'C0DIGEST1', cron: '30 8 * * 1-5', timezone: 'Asia/Seoul' });
    expect(config.stateDir).toBe(path.resolve('tmp/state'));
    expect(config.corpusDir).toBe('/srv/corpus');
  });

  it('describes itself for the logs without any secret', () => {
    const summary = describeConfig(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, SLACK_APP_TOKEN: APP, ECON_DIGEST_CHANNEL: '#econ' }));
    expect(summary).toMatch(/mode=Socket Mode/);
    expect(summary).toMatch(/digest=#econ/);
    expect(summary).not.toMatch(/zzbotzz|zzsigningzz|zzappzz|xoxb|xapp/);
  });
});

describe('ECON_DATABASE_URL', () => {
  const URL_WITH_PASSWORD = 'postgres://econ:s3cr3t-pw@db.internal:5432/econ?sslmode=require';

  it('is off by default (files in ECON_STATE_DIR), and read when set', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ ECON_DATABASE_URL: ' ' }).databaseUrl).toBeNull();
    expect(loadConfig({ ECON_DATABASE_URL: URL_WITH_PASSWORD }).databaseUrl).toBe(URL_WITH_PASSWORD);
    expect(loadConfig({ ECON_DATABASE_URL: 'postgresql:///econ?host=/var/run/postgresql' }).databaseUrl).toMatch(/^postgresql:/);
  });

  it('rejects what is not a postgres URL, naming the variable and not echoing the value', () => {
    for (const bad of ['mysql://u:s3cr3t-pw@h/db', 'db.internal:5432', 'postgres://']) {
      const error = configError({ ECON_DATABASE_URL: bad });
      expect(error.variables).toEqual(['ECON_DATABASE_URL']);
      expect(error.message).not.toContain('s3cr3t-pw');
    }
  });

  it('is described for the logs without its password', () => {
    const summary = describeConfig(loadConfig({ ECON_DATABASE_URL: URL_WITH_PASSWORD }));
    expect(summary).toContain('state=postgres postgres://econ@db.internal:5432/econ');
    expect(summary).not.toMatch(/s3cr3t|sslmode/);
  });
});
