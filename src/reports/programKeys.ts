import type { AliasTable } from '../corpus/aliases';
import { shortTitle } from '../facts/shortTitle';
import type { Section } from '../model/section';

const compact = (text: string) => text.replace(/[\s·ㆍ.,'"‘’“”()\-]+/g, '').toLowerCase();

/**
 * The key a program is known by across reports: its short title without spacing, punctuation,
 * years (`Try Everything 2022`) or one last event word (`조성`, `개관`, `운영`: the lexicon's
 * `titleEndings`), so `'뷰티복합문화공간' 조성` in 2021 and `… 개관` in 2022 are one program. Two
 * programs of one report never share a key (a second gets `#2`).
 *
 * @example
 * programKeys(sections, ['조성', '운영']).get('seoul-econ-2022-09/IV-1-1'); // '청년취업사관학교조성·'
 */
export function programKeys(sections: readonly Section[], endings: readonly string[] = []): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Map<string, number>();
  const trimmed = endings.map(compact);
  for (const section of sections) {
    if (section.kind !== 'program') continue;
    const title = compact(shortTitle(section.title).replace(/(?:19|20)\d{2}/g, ''));
    const ending = trimmed.find((e) => title.endsWith(e) && title.length > e.length + 1);
    const base = ending ? title.slice(0, -ending.length) : title;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    keys.set(section.id, n === 1 ? base : `${base}#${n}`);
  }
  return keys;
}

/**
 * Renamed programs: a key that an alias in `aliases.json` makes up most of (the old title) is the
 * same program as a key containing that alias's target (the new title). Returns old key → new key.
 *
 * @example
 * renamedKeys(['청년일자리센터운영', '청년취업사관학교조성운영'], { aliases: [{ target: '청년취업사관학교', aliases: ['청년일자리센터 운영'] }] });
 * // Map { '청년일자리센터운영' => '청년취업사관학교조성운영' }
 */
export function renamedKeys(keys: readonly string[], table: AliasTable): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const { target, aliases } of table.aliases) {
    const newKey = keys.find((key) => key.includes(compact(target)));
    if (!newKey) continue;
    for (const alias of aliases.map(compact)) {
      // The alias is most of the old title (`창업기업 해외진출` of `창업기업 해외진출 지원`), not a short name.
      const oldKeys = keys.filter((key) => key !== newKey && key.includes(alias) && alias.length >= key.length * 0.6 && !key.includes(compact(target)));
      for (const oldKey of oldKeys) renamed.set(oldKey, newKey);
    }
  }
  return renamed;
}
