import { Cron } from 'croner';

/** True when the runtime's time-zone database knows `name` (e.g. `Asia/Seoul`, `UTC`). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The reason croner rejects a cron pattern, or null when it parses (checked without scheduling anything). */
export function cronPatternProblem(pattern: string, timezone: string): string | null {
  try {
    const probe = new Cron(pattern, { paused: true, timezone });
    const hasRun = probe.nextRun() !== null;
    probe.stop();
    return hasRun ? null : '다음 실행 시각이 없는 패턴입니다 (never fires)';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
