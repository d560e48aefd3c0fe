/**
 * A wall-clock time as `HH:MM` (24-hour), from the fields `zonedParts` gives.
 *
 * @example
 * clockTime({ hour: 9, minute: 5 }); // '09:05'
 */
export function clockTime({ hour, minute }: { hour: number; minute: number }): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
