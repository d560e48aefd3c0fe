import { describeError, type ErrorFields } from './describeError';

/** One log call's arguments as pino wants them: structured fields and a message. */
export interface LogRecord {
  fields: Record<string, unknown> & { err?: ErrorFields };
  msg: string;
}

/** Slack tokens (`xoxb-…`, `xapp-…`, …): never written, whatever passes them to the logger. */
const TOKEN = /\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]+/g;

/** Replaces anything shaped like a Slack token. */
export function scrubSecrets(text: string): string {
  return text.replace(TOKEN, '[redacted]');
}

/**
 * Turns Bolt-style arguments (`logger.warn('text', error, {field: 1})`) into one record: text parts
 * join into the message, the first error becomes `err` (described, with a stack only when
 * unexpected), and plain objects become fields. Token-shaped strings are scrubbed.
 */
export function toLogRecord(args: readonly unknown[]): LogRecord {
  const fields: LogRecord['fields'] = {};
  const words: string[] = [];
  for (const arg of args) {
    if (arg instanceof Error) {
      if (fields.err === undefined) fields.err = describeError(arg);
      else words.push(`${arg.name}: ${arg.message}`);
    } else if (isPlainObject(arg)) {
      Object.assign(fields, arg);
    } else if (arg !== undefined) {
      words.push(typeof arg === 'string' ? arg : safeJson(arg));
    }
  }
  const msg = words.join(' ') || (fields.err ? fields.err.message : '');
  return { fields: scrubFields(fields), msg: scrubSecrets(msg) };
}

function scrubFields(fields: LogRecord['fields']): LogRecord['fields'] {
  try {
    return JSON.parse(scrubSecrets(JSON.stringify(fields))) as LogRecord['fields'];
  } catch {
    return { fields: 'unserialisable' };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function safeJson(value: unknown): string {
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}
