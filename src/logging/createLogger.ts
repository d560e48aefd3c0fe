import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/loadConfig';
import { PinoBoltLogger } from './PinoBoltLogger';

/** Logger settings from the configuration, and where the lines go (stderr unless a test says otherwise). */
export interface LoggerOptions {
  level: AppConfig['logLevel'];
  format: AppConfig['logFormat'];
  destination?: DestinationStream;
}

/**
 * The process's one logger: pino writing JSON lines (`{"level":"warn","time":…,"msg":…}`) or, with
 * `format: 'pretty'`, readable coloured lines, to stderr; stdout stays free for answers in the
 * terminal session and the CLI. Returned behind Bolt's Logger interface so Bolt can share it.
 */
export function createLogger(options: LoggerOptions): PinoBoltLogger {
  const common = {
    level: options.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // `err` is already described by describeError (a stack only for unexpected errors).
    serializers: { err: (err: unknown) => err },
    // A second line of defence: fields with these names never reach the output.
    redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  };
  if (options.format === 'pretty') {
    const colorize = options.destination === undefined && process.stderr.isTTY === true;
    const stream = pretty({ destination: options.destination ?? 2, sync: true, colorize, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
    return new PinoBoltLogger(pino(common, stream));
  }
  const stream = options.destination ?? pino.destination({ fd: 2, sync: true });
  return new PinoBoltLogger(pino({ ...common, formatters: { level: (label) => ({ level: label }) } }, stream));
}
