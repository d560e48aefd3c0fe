import type { AppConfig } from './loadConfig';

/**
 * A one-line summary of the configuration that is safe to log: it says which mode and settings are
 * in use but contains no token or secret, not even a prefix of one.
 */
export function describeConfig(config: AppConfig): string {
  const { connection, digest } = config;
  const host = config.host ?? 'all interfaces';
  const health = config.healthPort !== null ? ` (/healthz on ${host} port ${config.healthPort})` : '';
  const mode =
    connection.mode === 'http'
      ? `HTTP (${host} port ${connection.port}, /slack/events)`
      : connection.mode === 'socket'
        ? `Socket Mode${health}`
        : 'local terminal';
  const parts = [
    `mode=${mode}`,
    `corpus=${config.corpusDir}`,
    `state=${config.databaseUrl !== null ? `postgres ${redactedDatabaseUrl(config.databaseUrl)}` : config.stateDir}`,
    `admins=${config.adminUserIds.size}`,
    `digest=${digest.channel ?? 'off'} @ "${digest.cron}" ${digest.timezone}`,
    `log=${config.logLevel} ${config.logFormat}`,
    `threadFollowups=${config.threadFollowups}`,
  ];
  if (config.slackApiUrl !== null) parts.push(`slackApiUrl=${config.slackApiUrl}`);
  return parts.join(' · ');
}

/** `postgres://user@host:port/database`: the URL without its password or query (which may hold one). */
export function redactedDatabaseUrl(value: string): string {
  try {
    const url = new URL(value);
    const user = url.username !== '' ? `${url.username}@` : '';
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
