import { hangulOnly } from '../text/grammar';
import type { LexiconFile } from '../lexicon/LexiconFile';
import { escapeRegExp } from '../text/escapeRegExp';

/** A department and the patterns that name it in a question (spaces removed, lower case). */
export interface DepartmentPattern {
  name: string;
  /** The full name, not inside an office's name. */
  full: RegExp;
  /** Stems the lexicon allows (`금융투자`, `캠퍼스타운과`, `뷰티패션`). */
  stems: RegExp[];
  /** The name's last three letters (`정책과`): a word ending so is shaped like a department's name. */
  ending: string;
}

/**
 * The patterns naming each department, built once at load: the full name, the name without its
 * suffix, with a generic end replaced by the suffix (`캠퍼스타운과` for 캠퍼스타운활성화과) or without
 * a bare-stem end (`뷰티패션` for 뷰티패션산업과); stems of three syllables or more, never followed by
 * the office suffix (`경제정책` is 경제정책실); a unit named with the city, without it (`시립과학관`); a
 * name with Latin letters, without them (`바이오산업과`).
 */
export function departmentPatterns(departments: readonly string[], offices: readonly string[], words: LexiconFile['departments']): DepartmentPattern[] {
  const { suffix, officeSuffix, genericEnds, bareStemEnds, cityHeads } = words;
  const pattern = (stem: string) => new RegExp(`${escapeRegExp(stem.toLowerCase())}(?!${escapeRegExp(officeSuffix)})`);
  const stemsOf = (d: string) => {
    // A unit named with the city (`서울시립과학관`) is named without it too (`시립과학관`).
    const head = cityHeads.find((h) => d.startsWith(h) && d.length - h.length >= 3);
    if (!d.endsWith(suffix)) return head ? [d.slice(head.length)] : [];
    const base = d.slice(0, -suffix.length);
    const generic = genericEnds.find((end) => base.endsWith(end));
    const bare = bareStemEnds.find((end) => base.endsWith(end));
    // `바이오산업과` for 바이오AI산업과: the name's Hangul alone, its Latin letters left out.
    const hangul = hangulOnly(d);
    return [base, ...(generic ? [`${base.slice(0, -generic.length)}${suffix}`] : []), ...(bare ? [base.slice(0, -bare.length)] : []), ...(hangul !== d && hangul.length >= 4 ? [hangul] : [])];
  };
  return departments
    .filter((d) => !offices.includes(d))
    .map((name) => ({ name, full: pattern(name), stems: stemsOf(name).filter((s) => s.length >= 3).map(pattern), ending: name.slice(-3) }));
}
