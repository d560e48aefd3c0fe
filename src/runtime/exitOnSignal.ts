/** What exitOnSignal logs with (Bolt's logger and `console` both fit). */
export interface SignalLogger {
  info(...messages: unknown[]): void;
  error(...messages: unknown[]): void;
}

export interface ExitOnSignalOptions {
  logger: SignalLogger;
  /** Writes out buffered log lines before the process exits. */
  flush?: () => Promise<void> | void;
  signals?: readonly NodeJS.Signals[];
}

/**
 * On the first SIGTERM or SIGINT, runs `shutdown` once, flushes the logs and exits: 0 when shutdown
 * completed, 1 if it threw. Later signals are only logged: `npm start` forwards the signal it gets
 * to the bot, so a signal to the whole process group arrives twice and must not cut the drain short.
 */
export function exitOnSignal(shutdown: (signal: NodeJS.Signals) => Promise<unknown>, options: ExitOnSignalOptions): void {
  const { logger, flush, signals = ['SIGTERM', 'SIGINT'] } = options;
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) {
      logger.info(`${signal} received again: already shutting down`);
      return;
    }
    started = true;
    logger.info(`${signal} received: shutting down`);
    void shutdown(signal)
      .then(
        () => 0,
        (error: unknown) => {
          logger.error('shutdown failed', error);
          return 1;
        },
      )
      .then(async (code) => {
        await flush?.();
        process.exit(code);
      });
  };
  for (const signal of signals) process.on(signal, onSignal);
}
