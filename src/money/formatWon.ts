/**
 * Writes a won amount in the unit a reader grasps fastest: 조 and 억 with one decimal, 만원 below
 * one 억. Used beside the figure as written, never instead of it.
 *
 * @example
 * formatWon(20_255_000_000); // '약 202.6억원'
 * formatWon(1_400_000_000_000); // '1.4조원'
 * formatWon(120_000_000); // '1.2억원'
 * formatWon(9_160); // '9,160원'
 */
export function formatWon(won: number): string {
  const abs = Math.abs(won);
  if (abs >= 1e12) return withApprox(won / 1e12, '조원');
  if (abs >= 1e8) return withApprox(won / 1e8, '억원');
  if (abs >= 1e4) return withApprox(won / 1e4, '만원');
  return `${withCommas(String(won))}원`;
}

function withApprox(value: number, unit: string): string {
  const rounded = Math.round(value * 10) / 10;
  const [whole, fraction] = String(rounded).split('.');
  const text = fraction ? `${withCommas(whole!)}.${fraction}` : withCommas(whole!);
  return `${rounded === value ? '' : '약 '}${text}${unit}`;
}

/** `2522.5` → `2,522.5`; plain string work, far cheaper than `Intl` on the hot path. */
function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
