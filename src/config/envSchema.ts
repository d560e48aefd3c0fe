import { z } from 'zod';

/** `.env` files often leave a variable present but empty; treat that as unset. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const PORT_MESSAGE = '0–65535 사이의 정수여야 합니다 (an integer port)';
const portNumber = z.coerce.number({ error: PORT_MESSAGE }).int(PORT_MESSAGE).min(0, PORT_MESSAGE).max(65535, PORT_MESSAGE);

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;
const SLACK_CHANNEL = /^(?:[CGD][A-Z0-9]{2,}|#?[a-z0-9][a-z0-9._-]{0,79})$/;

/**
 * The environment variables econ-bot reads, with their shapes and defaults. Messages describe the
 * expected shape only: zod never echoes the input, and neither do we.
 *
 * @example
 * EnvSchema.parse({ PORT: '3000' }).PORT; // 3000
 */
export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, 'xoxb- 로 시작하는 봇 토큰이어야 합니다 (a bot token starting with xoxb-)')),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, '공백 없는 서명 비밀값이어야 합니다 (the app\'s signing secret)')),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, 'xapp- 로 시작하는 앱 수준 토큰이어야 합니다 (an app-level token starting with xapp-)')),
  SLACK_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'http(s) URL 이어야 합니다 (an http or https URL)' })
      .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
  ),
  PORT: z.preprocess(blankAsUnset, portNumber.default(3000)),
  HOST: optional(
    z.union([z.ipv4(), z.ipv6(), z.hostname()], 'IP 주소나 호스트 이름이어야 합니다 (an IP address or host name, e.g. 0.0.0.0, ::, 127.0.0.1)'),
  ),
  HEALTH_PORT: optional(portNumber),
  ECON_ADMIN_USER_IDS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .default('')
      .transform((list) => list.split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(z.string().regex(SLACK_USER_ID, '쉼표로 구분한 Slack 사용자 ID 목록이어야 합니다 (comma-separated user ids like U012ABCDEF)'))),
  ),
  ECON_DIGEST_CHANNEL: optional(z.string().trim().regex(SLACK_CHANNEL, '채널 ID(C0123…) 또는 #채널이름이어야 합니다 (a channel id or #name)')),
  // ECON_DIGEST_CRON, ECON_TIMEZONE and TZ are checked by resolveSchedule (croner and Intl know best).
  ECON_STATE_DIR: optional(z.string()),
  ECON_DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(isPostgresUrl, 'postgres://사용자:비밀번호@호스트:포트/데이터베이스 형식이어야 합니다 (a postgres:// URL)'),
  ),
  ECON_CORPUS_DIR: optional(z.string()),
  ECON_LOG_LEVEL: z.preprocess(
    blankAsUnset,
    z.enum(['debug', 'info', 'warn', 'error'], 'debug, info, warn, error 중 하나여야 합니다').default('info'),
  ),
  ECON_LOG_FORMAT: z.preprocess(blankAsUnset, z.enum(['json', 'pretty'], 'json 또는 pretty 여야 합니다').default('json')),
  ECON_THREAD_FOLLOWUPS: z.preprocess(blankAsUnset, z.enum(['mentions', 'all'], 'mentions 또는 all 이어야 합니다 (all needs message.channels and channels:history)').default('mentions')),
});

/** The checked variables. */
export type EnvVariables = z.infer<typeof EnvSchema>;

/**
 * A `postgres://` or `postgresql://` URL naming a host, or a socket folder in `?host=` (the password is not looked at).
 *
 * @example
 * isPostgresUrl('postgres://u@127.0.0.1:5432/econ'); // true
 */
export function isPostgresUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && (url.hostname !== '' || url.searchParams.has('host'));
}
