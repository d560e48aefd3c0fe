/** The value below which a share `p` (0..1) of `xs` lies (nearest rank); `xs` is not modified. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The middle value of `xs`. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}
