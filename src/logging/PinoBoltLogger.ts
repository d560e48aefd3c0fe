import type { Logger, LogLevel } from '@slack/bolt';
import type { Logger as Pino } from 'pino';
import { toLogRecord } from './toLogRecord';

// Bolt's LogLevel values, spelled out: importing the enum itself would load all of Bolt (App, HTTP
// receiver, Web API client) at start-up even in the terminal session, which never uses it.
const LEVELS: ReadonlySet<string> = new Set(['debug', 'info', 'warn', 'error'] satisfies `${LogLevel}`[]);

/**
 * pino behind Bolt's `Logger` interface, so econ-bot, Bolt and Slack's WebClient write the same
 * structured lines. `setLevel` changes the shared level; `setName` tags later lines with `name`.
 */
export class PinoBoltLogger implements Logger {
  #pino: Pino;

  constructor(pino: Pino) {
    this.#pino = pino;
  }

  debug(...msg: unknown[]): void {
    this.#write('debug', msg);
  }

  info(...msg: unknown[]): void {
    this.#write('info', msg);
  }

  warn(...msg: unknown[]): void {
    this.#write('warn', msg);
  }

  error(...msg: unknown[]): void {
    this.#write('error', msg);
  }

  setLevel(level: LogLevel): void {
    this.#pino.level = level;
  }

  getLevel(): LogLevel {
    const level = this.#pino.level;
    return (LEVELS.has(level) ? level : 'error') as LogLevel;
  }

  setName(name: string): void {
    this.#pino = this.#pino.child({ name });
  }

  /** A logger that adds `bindings` to every line (e.g. a request id). */
  child(bindings: Record<string, unknown>): PinoBoltLogger {
    return new PinoBoltLogger(this.#pino.child(bindings));
  }

  #write(level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void {
    if (!this.#pino.isLevelEnabled(level)) return;
    const { fields, msg } = toLogRecord(args);
    this.#pino[level](fields, msg);
  }
}
