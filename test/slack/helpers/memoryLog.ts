import { createLogger } from '../../../src/logging/createLogger';
import type { PinoBoltLogger } from '../../../src/logging/PinoBoltLogger';
import type { AppConfig } from '../../../src/config/loadConfig';

/** One log line as econ-bot writes it (pino JSON). */
export interface LogLine {
  level: string;
  msg: string;
  err?: { type: string; message: string; code?: string; stack?: string };
  [field: string]: unknown;
}

/** The real logger (pino, JSON lines) writing into memory instead of stderr, and the lines it wrote. */
export function memoryLogger(level: AppConfig['logLevel'] = 'info'): { logger: PinoBoltLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) };
  return { logger: createLogger({ level, format: 'json', destination }), lines };
}
