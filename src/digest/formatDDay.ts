/** `D-3`, `D-day`, `D+2`: days from the reference date to an exact date. */
export function formatDDay(daysUntil: number): string {
  if (daysUntil === 0) return 'D-day';
  return daysUntil > 0 ? `D-${daysUntil}` : `D+${-daysUntil}`;
}
