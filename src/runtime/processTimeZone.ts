/**
 * Makes `timeZone` (an IANA name, already checked) the process's local time zone: Node re-reads
 * `TZ` when it is assigned, and every `Date` getter then answers in that zone. The bot runs in
 * its ECON_TIMEZONE, so its clock (zonedParts) and the digest's cron job read the time without
 * `Intl` (see zonedParts for why that matters).
 *
 * @example
 * setProcessTimeZone('Asia/Seoul');
 * new Date('2022-10-30T15:30:00Z').getDate(); // 31
 */
export function setProcessTimeZone(timeZone: string): void {
  process.env.TZ = timeZone;
}

/**
 * True when `timeZone` is the process's local time zone as `TZ` names it.
 *
 * @example
 * setProcessTimeZone('Asia/Seoul');
 * isProcessTimeZone('Asia/Seoul'); // true
 * isProcessTimeZone('Europe/Paris'); // false
 */
export function isProcessTimeZone(timeZone: string): boolean {
  return process.env.TZ === timeZone;
}
