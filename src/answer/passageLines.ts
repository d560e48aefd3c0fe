import type { Section } from '../model/section';
import { unionTerms, type Terms } from './haystack';

/** One line of a section, prepared for passage search. */
export interface PassageLine {
  /** The line as shown, without its bullet. */
  text: string;
  /** Where it is in the section (index into `section.normText` lines). */
  index: number;
  /** The line's own terms. */
  own: ReadonlySet<string>;
  /**
   * The line's terms with its context: the section's titles, the bullets it hangs under and, in a
   * table, the header row (`▶ 120회 운영 2,879명 참여` is about the 산업박물관 bullet above it).
   */
  terms: Terms;
  /** The lines this one hangs under (indexes, nearest first). */
  above: readonly number[];
}

const BULLET = /^[\s\-□▶■※·○◦]+/;

/**
 * A line introducing an item by its name in 「」 (`… 「의료기기 개발지원센터」 운영('22.1.~)`), not a
 * labelled fact (`추진근거 : 「…조례」`, `「제9차 시티넷 총회」 참가 : '22.9.`).
 */
const INTRODUCES = /^[^:：]*「[^」]{2,40}」[^:：]*$/;

/**
 * A section's lines with their context, built once per section at load from each line's terms
 * (`owns`, in the order of `section.normText`'s lines) and the titles' terms. `intern` swaps each
 * list of lines above for an equal shared one (see `ListInterner`).
 *
 * @example
 * passageLinesOf(section, owns, titles).find((l) => l.text.includes('2,879명'))!.terms.has('박물'); // true
 */
export function passageLinesOf(section: Section, owns: readonly ReadonlySet<string>[], titles: ReadonlySet<string>, intern: (list: readonly number[]) => number[] = (list) => list.slice()): PassageLine[] {
  const raws = section.normText.split('\n');
  const depths = depthsOf(raws);
  return raws.map((raw, index) => {
    const above = intern(contextOf(raws, depths, index));
    const terms = unionTerms([owns[index]!, titles, ...above.map((i) => owns[i]!)]);
    const text = raw.replace(BULLET, '').trim();
    return { text, index, own: owns[index]!, terms, above };
  });
}

/**
 * The lines a line hangs under: each shallower bullet above it, the first row of its table, and
 * the line introducing the item it describes (`市 - 산단공 - 고대구로병원(전문운영기관) 협업체계` after
 * `「의료기기 개발지원센터」 운영` and its ■ lines, at the same depth).
 */
function contextOf(raws: readonly string[], depths: readonly number[], index: number): number[] {
  const context = hangsUnder(raws, depths, index);
  const item = itemAbove(raws, depths, index);
  return item !== null && !context.includes(item) ? [...context, item] : context;
}

/** The nearest line above at the same depth or shallower that introduces an item, when no other does in between. */
function itemAbove(raws: readonly string[], depths: readonly number[], index: number): number | null {
  if (raws[index]!.includes('\t') || INTRODUCES.test(raws[index]!.replace(BULLET, ''))) return null;
  for (let i = index - 1; i >= 0; i--) {
    if (depths[i] === Infinity) continue;
    if (depths[i]! < depths[index]! && !INTRODUCES.test(raws[i]!.replace(BULLET, ''))) return null;
    if (INTRODUCES.test(raws[i]!.replace(BULLET, ''))) return depths[i]! <= depths[index]! ? i : null;
  }
  return null;
}

function hangsUnder(raws: readonly string[], depths: readonly number[], index: number): number[] {
  if (raws[index]!.includes('\t')) {
    let first = index;
    while (first > 0 && raws[first - 1]!.includes('\t')) first--;
    return first < index ? [first] : [];
  }
  const context: number[] = [];
  let depth = depths[index]!;
  for (let i = index - 1; i >= 0 && depth > 0; i--) {
    if (depths[i]! < depth) {
      context.push(i);
      depth = depths[i]!;
    }
  }
  return context;
}

/**
 * How deep each line's bullet sits (the length of its leading spaces and bullet marks). A line
 * with no bullet right after a bulleted one continues it (a wrapped line) at its depth; blank
 * lines and table rows never hold a bullet (deeper than anything).
 */
function depthsOf(raws: readonly string[]): number[] {
  const depths: number[] = [];
  let previous = 0;
  for (const raw of raws) {
    if (!raw.trim() || raw.includes('\t')) {
      depths.push(Infinity);
      continue;
    }
    const own = raw.match(BULLET)?.[0].length ?? 0;
    previous = own === 0 && previous > 0 ? previous : own;
    depths.push(previous);
  }
  return depths;
}
