import type { CorrectionTable } from '../corpus/corrections';
import { escapeRegExp } from './escapeRegExp';

/**
 * Builds a function that replaces every known OCR variant with its correct form in one pass.
 * Longer variants win over shorter ones that overlap them.
 *
 * @example
 * const fix = makeCorrector({ corrections: [{ correct: '홍릉', variants: ['흥릉'] }] });
 * fix('흥릉·창동상계'); // '홍릉·창동상계'
 */
export function makeCorrector(table: CorrectionTable): (text: string) => string {
  const byVariant = new Map<string, string>();
  for (const { correct, variants } of table.corrections) for (const variant of variants) byVariant.set(variant, correct);
  if (byVariant.size === 0) return (text) => text;
  const pattern = new RegExp(
    [...byVariant.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
    'g',
  );
  return (text) => text.replace(pattern, (variant) => byVariant.get(variant) ?? variant);
}
