import type { Quantity } from '../model/tableRow';

/** One number, an optional unit glued or spaced after it, and an optional note in parentheses. */
const QUANTITY = /^(?:약\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([^\s\d(),/~'.:·]{0,4})\s*(?:\([^()]*\))?$/;

/**
 * The number a table cell holds, with its unit: `3,561 (56.1%)` → `{ value: 3561, unit: '' }`,
 * `1,369㎡(약 415평)` → `{ value: 1369, unit: '㎡' }`, `474개사` → `{ value: 474, unit: '개사' }`.
 * Null for anything else: text, dates (`'22.3.1~'25.2.28`), pairs (`35/1,640`), mixed units
 * (`4조 4,075억`), a dash.
 *
 * @example
 * readQuantity('120개사(\'22.8)'); // { value: 120, unit: '개사' }
 */
export function readQuantity(cell: string): Quantity | null {
  const m = cell.trim().match(QUANTITY);
  if (!m) return null;
  return { value: Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`), unit: m[3]! };
}
