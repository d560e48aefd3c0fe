import type { LexiconFile } from './LexiconFile';

/** A name or word as the checks compare them: no spaces, lower case. */
const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Why a synonym entry may not load, or null: a variant that is, or is part of, a program's or
 * facility's name would make that name mean another word (`"캠퍼스타운"` read as `예산`). Short
 * names of programs belong in `aliases.json`.
 *
 * @example
 * synonymConflict(lexicon, ['캠퍼스타운 조성']); // 'synonyms[3] (word "예산"): variant "캠퍼스타운" is part of the name "캠퍼스타운 조성" …'
 */
export function synonymConflict(lexicon: LexiconFile, names: readonly string[]): string | null {
  const known = [...new Set(names.map(compact).filter(Boolean))];
  // One search of all the names joined per variant; the name itself is looked for only on a hit.
  const all = known.join('\u0000');
  for (const [i, { word, variants }] of lexicon.synonyms.entries()) {
    for (const variant of variants) {
      const v = compact(variant);
      const name = all.includes(v) ? known.find((n) => n.includes(v)) : undefined;
      if (name) {
        const how = name === v ? 'is the name of' : 'is part of the name';
        return `synonyms[${i}] (word "${word}"): variant "${variant}" ${how} "${name}"; a program's name cannot be a synonym (short names of programs go in aliases.json)`;
      }
    }
  }
  return null;
}

/**
 * Why an equivalence group may not load, or null: a word that is a program's or facility's whole
 * name (`서울큐브`) would read one program as another; short names go in `aliases.json`.
 *
 * @example
 * equivalentConflict(lexicon, ['서울큐브']); // 'equivalents[0]: "서울큐브" is the name of "서울큐브" …'
 */
export function equivalentConflict(lexicon: LexiconFile, names: readonly string[]): string | null {
  const known = new Set(names.map(compact));
  for (const [i, group] of lexicon.equivalents.entries()) {
    const word = group.find((w) => known.has(compact(w)));
    if (word) return `equivalents[${i}]: "${word}" is the name of a program or place; a program's name cannot have an equivalent (short names of programs go in aliases.json)`;
  }
  return null;
}
