import type { AliasTable } from '../corpus/aliases';
import { escapeRegExp } from '../text/escapeRegExp';
import type { AliasRule } from './matchState';

/**
 * The alias table as spacing-insensitive patterns, longest alias first; an alias inside its own
 * target is left out.
 *
 * @example
 * aliasRules({ aliases: [{ target: '캠퍼스타운', aliases: ['캠타'] }] })[0].pattern.test('캠 타'); // true
 */
export function aliasRules(table: AliasTable): AliasRule[] {
  const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  return table.aliases
    .flatMap(({ target, aliases }) => aliases.map((alias) => ({ alias: compact(alias), target })))
    // An alias inside its target (`시네마테크` in `서울 시네마테크`) already matches it.
    .filter(({ alias, target }) => !compact(target).includes(alias))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ alias, target }) => ({ alias, target, targetCompact: compact(target), pattern: new RegExp([...alias].map(escapeRegExp).join('\\s*'), 'i') }));
}
