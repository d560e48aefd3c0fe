import type { AliasTable } from '../corpus/aliases';
import { shortTitle } from '../facts/shortTitle';
import type { Section } from '../model/section';

const compact = (text: string) => text.replace(/[\s·ㆍ.,'"‘’“”()\-]+/g, '').toLowerCase();

/**
 * The key a program is known by across reports: its short title without spacing or punctuation,
 * so `청년취업사관학교 조성·운영` in 2021 and 2022 is one program. Two programs of one report never
 * share a key (a second gets `#2`).
 *
 * @example
 * programKeys(sections).get('seoul-econ-2022-09/IV-1-1'); // '청년취업사관학교조성운영'
 */
export function programKeys(sections: readonly Section[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Map<string, number>();
  for (const section of sections) {
    if (section.kind !== 'program') continue;
    const base = compact(shortTitle(section.title));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    keys.set(section.id, n === 1 ? base : `${base}#${n}`);
  }
  return keys;
}

/**
 * Renamed programs: a key that is exactly an alias in `aliases.json` (the old title) is the same
 * program as a key containing that alias's target (the new title). Returns old key → new key.
 *
 * @example
 * renamedKeys(['청년일자리센터운영', '청년취업사관학교조성운영'], { aliases: [{ target: '청년취업사관학교', aliases: ['청년일자리센터 운영'] }] });
 * // Map { '청년일자리센터운영' => '청년취업사관학교조성운영' }
 */
export function renamedKeys(keys: readonly string[], table: AliasTable): Map<string, string> {
  const renamed = new Map<string, string>();
  const known = new Set(keys);
  for (const { target, aliases } of table.aliases) {
    const newKey = keys.find((key) => key.includes(compact(target)));
    if (!newKey) continue;
    for (const alias of aliases) {
      const oldKey = compact(alias);
      if (oldKey !== newKey && known.has(oldKey) && !oldKey.includes(compact(target))) renamed.set(oldKey, newKey);
    }
  }
  return renamed;
}
