import { hostname } from 'node:os';
import { z } from 'zod';

/** Who holds a file claim: enough to tell, on the same host, whether that process still runs. */
export const ProcessIdentity = z.object({
  instance: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** When that process started (epoch ms, rounded to seconds); tells a reused pid (PID 1 in containers) apart. */
  startedAt: z.number(),
});
export type ProcessIdentity = z.infer<typeof ProcessIdentity>;

/** This process, as `instance`. */
export function thisProcess(instance: string): ProcessIdentity {
  return { instance, host: hostname(), pid: process.pid, startedAt: processStartedAt() };
}

/**
 * Whether the process that wrote `holder` may still be running. On this host it asks the kernel; on
 * another (two containers sharing a volume) it cannot know, so it answers `unknownElsewhere`.
 */
export function mayBeAlive(holder: ProcessIdentity, unknownElsewhere: boolean): boolean {
  if (holder.host !== hostname()) return unknownElsewhere;
  if (holder.pid === process.pid) return Math.abs(holder.startedAt - processStartedAt()) < 2000;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function processStartedAt(): number {
  return Math.round((Date.now() - process.uptime() * 1000) / 1000) * 1000;
}
