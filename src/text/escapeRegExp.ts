/**
 * Escapes text for use inside a regular expression.
 *
 * @example
 * new RegExp(escapeRegExp('R&D(지원)')).test('R&D(지원)'); // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
