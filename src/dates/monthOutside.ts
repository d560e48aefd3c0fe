/**
 * Whether a month asked (`8월`) falls outside the months a line states its figures for (as
 * `figureMonth` reads them); false when either is unknown.
 *
 * @example
 * monthOutside(8, [1, 7]); // true: January–July figures are not August's
 * monthOutside(7, [7, 7]); // false
 * monthOutside(8, null);   // false
 */
export function monthOutside(month: number | null, months: readonly [number, number] | null): boolean {
  return month !== null && months !== null && (month < months[0] || month > months[1]);
}
