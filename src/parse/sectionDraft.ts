import type { Section, SectionKind } from '../model/section';

/** A section while its report is read: its lines so far and the children opened under it. */
export interface Draft {
  id: string;
  kind: SectionKind;
  label: string;
  title: string;
  path: string[];
  parentId: string | null;
  programId: string | null;
  raw: string[];
  norm: string[];
  lineNumbers: number[];
  firstLine: number;
  lastLine: number;
  /** Children opened so far, by kind, for numbering and de-duplicating ids. */
  counts: Map<string, number>;
  untitled?: boolean;
}

/**
 * A subsection's title: the words before a colon, note or parenthesis (`향후 계획` read as `향후계획`).
 *
 * @example
 * subsectionTitle('추진현황 : \'22년말까지'); // '추진현황'
 */
export function subsectionTitle(text: string): string {
  const title = text.split(/\s*[:：※(]\s*/)[0]!.trim();
  return title.replace(/^향후\s*계획$/, '향후계획');
}

/**
 * Names an item whose heading the report lost after the first line that says what it is about.
 *
 * @example
 * retitle(item, drafts); // item.title = '…' from `- 주요내용 : …`
 */
export function retitle(item: Draft, all: Draft[]): void {
  for (const d of all.filter((x) => x.parentId === item.id)) {
    const about = d.norm.map((t) => t.match(/^-\s*(?:주요내용|사업내용|목적)\s*:\s*(.+)$/)?.[1]).find(Boolean);
    if (about) {
      item.title = about.replace(/\s*등$/, '');
      item.path[item.path.length - 1] = item.title;
      for (const c of all) if (c.id.startsWith(`${item.id}/`)) c.path[item.path.length - 1] = item.title;
      return;
    }
  }
}

/**
 * A finished draft as a `Section`.
 *
 * @example
 * drafts.map(finish);
 */
export function finish(d: Draft): Section {
  return {
    id: d.id,
    docId: d.id.split('/')[0]!,
    kind: d.kind,
    label: d.label,
    title: d.title,
    path: d.path,
    parentId: d.parentId,
    text: d.raw.join('\n'),
    normText: d.norm.join('\n'),
    lineNumbers: d.lineNumbers,
    firstLine: d.firstLine,
    lastLine: d.lastLine,
    programId: d.programId,
  };
}
