/**
 * Milliseconds one call takes (for the bench scripts).
 *
 * @example
 * timed(() => answerQuestion(kb, '청년취업사관학교 예산')); // 0.6
 */
export function timed(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * A full garbage collection when node runs with `--expose-gc` (the bench scripts do), else nothing.
 *
 * @example
 * collectGarbage(); process.memoryUsage().heapUsed;
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
