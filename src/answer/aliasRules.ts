import type { AliasTable } from '../corpus/aliases';
import { escapeRegExp } from '../text/escapeRegExp';
import { withoutFullYears } from '../dates/withoutYear';
import type { AliasRule } from './matchState';

const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The alias table as spacing-insensitive patterns, longest alias first; an alias inside its own
 * target is left out, and so is one whose target the view never writes (`written`, given the name
 * without spaces, lower case); where it
 * write an old name (the alias) and not the new one (the target), the new name is read as the old.
 * A target's four-digit year is left out (`Try Everything 2022` → `Try Everything`). An alias never
 * takes a word of a listed pair (`홍릉 바이오·의료 R&D` keeps its `바이오·의료`).
 *
 * @example
 * aliasRules({ aliases: [{ target: '캠퍼스타운', aliases: ['캠타'] }] })[0].pattern.test('캠 타'); // true
 */
export function aliasRules(table: AliasTable, written: (compactName: string) => boolean = () => true): AliasRule[] {
  const has = (name: string) => written(compact(name));
  // A short name stands for the program in any year: `Try Everything 2022` is read `Try Everything`
  // (a year put into the question would ask for that year's figures).
  const inView = (target: string) => (withoutFullYears(target).length >= 2 ? withoutFullYears(target) : target);
  return table.aliases
    .map(({ target, aliases }) => ({ target: inView(target), aliases }))
    .flatMap(({ target, aliases }) =>
      aliases.flatMap((alias) =>
        // A report from before a rename has the old name only: there the new name is read as the old.
        !has(target) && has(alias) && compact(alias).length >= 4 ? [{ alias: compact(target), target: alias }] : [{ alias: compact(alias), target }],
      ),
    )
    // An alias inside its target (`시네마테크` in `서울 시네마테크`) already matches it.
    .filter(({ alias, target }) => !compact(target).includes(alias) && has(target))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ alias, target }) => ({ alias, target, targetCompact: compact(target), pattern: aliasPattern(alias) }));
}

/**
 * An alias as a pattern that allows any spacing between its letters, never inside a word of a listed
 * pair, and, where it starts or ends with a Latin letter, never inside a Latin word (`TE` is not
 * read in `complete` or `Tech`).
 */
function aliasPattern(alias: string): RegExp {
  const latin = /[a-z]/i;
  const before = latin.test(alias[0]!) ? '(?<![a-z])' : '';
  const after = latin.test(alias.at(-1)!) ? '(?![a-z])' : '';
  return new RegExp(`(?<![·ㆍ]\\s*)${before}${[...alias].map(escapeRegExp).join('\\s*')}${after}(?!\\s*[·ㆍ])`, 'i');
}
