import type { FactContext } from './FactContext';
import { shortTitle } from './shortTitle';

const KEY_VALUE = /^\s*(?:-\s*)?(?:[▶■※]\s*)*([^:：]{1,40}?)\s*[:：]/;

/** A `key : value` line whose key is a plain label (`위 치`, `총사업비`), or a `▶`/`■` detail line. */
function isFieldLine(text: string): boolean {
  if (/^\s*(?:-\s*)?[▶■]/.test(text)) return true;
  const key = text.match(KEY_VALUE)?.[1];
  return key !== undefined && !key.includes('(') && key.replace(/\s+/g, '').length <= 12;
}

function indentOf(text: string): number {
  return text.match(/^\s*/)![0].length;
}

/**
 * The facility or program a line talks about. A detail line (`▶ 위 치 : …`, `- 총사업비 : …`)
 * describes the headline bullet it hangs under (`- 바이오기업의 … '서울바이오허브 글로벌협력동'
 * 조성('23.5)` → `서울바이오허브 글로벌협력동`): the nearest non-detail bullet above it at the
 * same or a shallower indent, with no deeper lines of its own in between. Anything else belongs
 * to its section's topic, item or program.
 */
export function subjectOf(context: FactContext, line: number): { name: string; isFacility: boolean } {
  const own = context.lines[line - 1]!.norm;
  const section = context.ownerOf(line);
  // A program's overview block speaks for the program: its figures are never a facility's.
  if (section.kind === 'subsection' && /개요$/.test(section.title)) return { name: titleOf(context, line), isFacility: false };
  if (isFieldLine(own) || /^\s*(?:-\s*)?※/.test(own)) {
    const indent = indentOf(own.replace(/^(\s*)(?:-\s*)?※/, '$1'));
    let sawDeeper = false;
    const firstText = section.lineNumbers[0] ?? section.firstLine + 1;
    for (let n = line - 1; n >= firstText; n--) {
      const text = context.lines[n - 1]!.norm;
      if (text.trim() === '' || /^\s*(?:-\s*)?※/.test(text)) continue;
      if (/^\s*[□①-⑳<\[]/.test(text) || text.includes('\t')) break;
      const depth = indentOf(text);
      if (depth > indent) {
        sawDeeper = true;
        continue;
      }
      if (isFieldLine(text)) continue;
      if (!/^\s*(?:-|○|▶|■)/.test(text)) continue; // a wrapped continuation of the line above
      if (depth === indent && sawDeeper) break;
      const name = nameIn(text);
      if (name) return { name, isFacility: true };
      break;
    }
  }
  return { name: titleOf(context, line), isFacility: false };
}

/** The title of the topic, item or program that owns a line. */
export function titleOf(context: FactContext, line: number): string {
  let section = context.ownerOf(line);
  while (section.kind === 'subsection' && section.parentId) section = context.sectionById.get(section.parentId)!;
  return shortTitle(section.title);
}

/** Pulls a name out of a headline bullet: quoted first, then a `name(date) :` key, then the phrase itself. */
export function nameIn(text: string): string | null {
  const quoted = text.match(/[「'‘]([^」'’]{2,40})[」'’]/);
  if (quoted) return quoted[1]!.trim();
  const key = text.match(KEY_VALUE)?.[1];
  if (key && /\(/.test(key)) return clean(key);
  const phrase = text.replace(/^\s*(?:-\s*)?(?:[▶■○]\s*)?/, '').split(/\s*[:：]\s*/)[0]!;
  // A list (`(도심권) 서울시 청년일자리센터, 청년활력소, … 양천 광역일자리카페`) names no one facility.
  const clauses = phrase.replace(/\([^)]*\)/g, '').split(/,\s*/);
  if (clauses.length > 2) return null;
  const lastClause = phrase.split(/,\s*/).pop()!;
  const name = clean(lastClause);
  return name.length >= 2 && name.length <= 40 ? name : null;
}

function clean(text: string): string {
  let name = text.replace(/\([^)]*\)/g, '').trim();
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(/\s*(?:조성|건립|운영|추진|설치|신축|중|예정)\s*$/, '').trim();
  }
  return name;
}
