/**
 * A number written with thousands separators, as `toLocaleString('en-US')` writes it: `decimals`
 * fraction digits when given, else at most three with trailing zeros dropped.
 *
 * Written out rather than through `toLocaleString`: a process's first Intl number format costs
 * about 8 MB of memory for good (ICU reads every locale's data to list the available ones).
 *
 * @example
 * groupThousands(85245);        // '85,245'
 * groupThousands(-1234.5, 2);   // '-1,234.50'
 * groupThousands(0.1 + 0.2);    // '0.3'
 */
export function groupThousands(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const written = decimals === undefined ? String(Math.round(Math.abs(value) * 1000) / 1000) : Math.abs(value).toFixed(decimals);
  if (/e/i.test(written)) return String(value); // beyond 1e21: no grouping to do
  const [whole = '0', fraction] = written.split('.');
  const sign = value < 0 && /[1-9]/.test(written) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction !== undefined ? `.${fraction}` : ''}`;
}
