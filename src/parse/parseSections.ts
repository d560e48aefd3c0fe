import type { Section, SectionKind } from '../model/section';
import { CIRCLED_LINE, circledToNumber, numberToCircled } from './circled';
import type { ReportLine } from './ReportLine';
import { finish, retitle, subsectionTitle, type Draft } from './sectionDraft';

const DEPTH: Record<SectionKind, number> = { part: 0, chapter: 1, program: 2, item: 3, subsection: 4, topic: 5 };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const PART = /^(I|II|III|IV|V|VI|VII|VIII)\.\s*(.+)$/;
const NUMBERED = /^([1-9])\.\s*(.+)$/;
const PROGRAM_ALONE = /^([1-9])$/;
const PROGRAM_INLINE = /^([1-9])\s+(\S.*)$/;
const SUBSECTION = /^□\s*(.+)$/;
const FRONT_MATTER = /^(조직현황|인력현황|주요기능|예산)(?=\s|-|$)/;
const BRACKETED = /^<\s*([^<>]+?)\s*>$/;
/** Subsections that open a program or item: a second one means a new (unheaded) item began. */
const OVERVIEW = /개요|추진근거/;


/**
 * Parses a report's lines into its section tree: parts (`I.`…`IV.`), chapters of the business part
 * (`1. 기업수요 …`), programs (`1 청년취업사관학교 …`), items (`① …` with their own 사업개요),
 * subsections (`□ 사업개요`) and topics (`① …` inside a subsection). Tables of contents are folded
 * into their chapter rather than becoming sections. Returns the nodes in document order.
 *
 * @example
 * const sections = parseSections('doc', toReportLines(text, normalize));
 * sections.find((s) => s.label === 'IV-1-①')?.title; // '청년취업사관학교 조성·운영 추진현황 및 향후계획'
 */
export function parseSections(docId: string, lines: ReportLine[]): Section[] {
  const out: Draft[] = [];
  const stack: Draft[] = [];
  const cover = open('part', 'cover', '0', lines.find((l) => l.norm.trim())?.norm.trim() ?? '표지', 1);
  let businessPart = false;
  let chapterPrograms = 0;

  function current(): Draft {
    return stack[stack.length - 1] ?? cover;
  }
  function nearest(kind: SectionKind): Draft | undefined {
    return [...stack].reverse().find((d) => d.kind === kind);
  }
  function open(kind: SectionKind, idPart: string, label: string, title: string, line: number, parent?: Draft): Draft {
    while (stack.length && DEPTH[stack[stack.length - 1]!.kind] >= DEPTH[kind]) stack.pop();
    const container = parent ?? stack[stack.length - 1];
    let id = container ? `${container.id}/${idPart}` : `${docId}/${idPart}`;
    if (container) {
      const seen = container.counts.get(`id:${idPart}`) ?? 0;
      container.counts.set(`id:${idPart}`, seen + 1);
      if (seen > 0) id += `~${seen + 1}`;
    }
    const draft: Draft = {
      id,
      kind,
      label,
      title,
      path: [...(container?.path ?? []), title],
      parentId: container?.id ?? null,
      programId: kind === 'program' || kind === 'item' ? id : (container?.programId ?? null),
      raw: [],
      norm: [],
      lineNumbers: [],
      firstLine: line,
      lastLine: line,
      counts: new Map(),
    };
    if (container) container.counts.set(kind, (container.counts.get(kind) ?? 0) + 1);
    out.push(draft);
    stack.push(draft);
    return draft;
  }
  function append(line: ReportLine, to: Draft = current()): void {
    to.raw.push(line.raw);
    to.norm.push(line.norm);
    to.lineNumbers.push(line.n);
    for (const d of [to, ...stack]) d.lastLine = Math.max(d.lastLine, line.n);
  }
  function nextContent(from: number): number {
    let j = from;
    while (j < lines.length && lines[j]!.norm.trim() === '') j++;
    return j;
  }
  function isStructural(text: string): boolean {
    return PART.test(text) || SUBSECTION.test(text) || NUMBERED.test(text) || PROGRAM_ALONE.test(text) || PROGRAM_INLINE.test(text);
  }
  /** A circled heading is an item when the next □ after it opens an overview; otherwise a topic. */
  function opensItem(from: number): boolean {
    for (let j = from; j < lines.length; j++) {
      const text = lines[j]!.norm.trim();
      const sub = text.match(SUBSECTION);
      if (sub) return OVERVIEW.test(sub[1]!);
      if (PART.test(text) || (NUMBERED.test(text) && businessPart)) return false;
    }
    return false;
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.norm.trim();
    if (text === '') continue;
    let m: RegExpMatchArray | null;

    if ((m = text.match(PART)) || (!businessPart && nearest('part') === cover && (m = text.match(NUMBERED)))) {
      const numeral = ROMAN.includes(m[1]!) ? m[1]! : ROMAN[Number(m[1]) - 1]!;
      const title = m[2]!.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
      open('part', numeral, numeral, title, line.n);
      businessPart = /업무/.test(title);
      continue;
    }
    const part = nearest('part')!;
    if (!businessPart) {
      if (part.label === 'I' && (m = text.match(FRONT_MATTER))) {
        open('subsection', m[1]!, part.label, m[1]!, line.n);
        append(line);
        continue;
      }
      if ((m = text.match(BRACKETED)) && !/자료/.test(m[1]!)) {
        open('subsection', m[1]!.replace(/[,\s]+/g, ' '), part.label, m[1]!, line.n);
        continue;
      }
      append(line);
      continue;
    }

    if ((m = text.match(NUMBERED))) {
      const next = nextContent(i + 1);
      if (next < lines.length && NUMBERED.test(lines[next]!.norm.trim())) {
        append(line, part); // table of contents of the business part
        continue;
      }
      let title = m[2]!;
      if (title.length < 12 && next < lines.length && !/^[-□①-⑳\d<]/.test(lines[next]!.norm.trim())) {
        title = `${title} ${lines[next]!.norm.trim()}`;
        i = next;
      }
      open('chapter', m[1]!, `${part.label}-${m[1]}`, title, line.n);
      chapterPrograms = 0;
      continue;
    }
    const chapter = nearest('chapter');
    if (chapter && ((m = text.match(PROGRAM_ALONE)) || (m = text.match(PROGRAM_INLINE))) && Number(m[1]) === chapterPrograms + 1) {
      let title = m[2];
      if (title === undefined) {
        const next = nextContent(i + 1);
        title = lines[next]?.norm.trim() ?? '';
        i = next;
      }
      chapterPrograms++;
      open('program', String(chapterPrograms), `${chapter.label}-${numberToCircled(chapterPrograms)}`, title, line.n, chapter);
      continue;
    }
    if ((m = text.match(CIRCLED_LINE))) {
      const program = nearest('program');
      if (!program || chapterPrograms === 0) {
        append(line, chapter ?? part); // the chapter's list of programs
        continue;
      }
      let title = m[2]!.trim();
      if (title === '') {
        const next = nextContent(i + 1);
        if (next < lines.length && !isStructural(lines[next]!.norm.trim())) {
          title = lines[next]!.norm.trim();
          i = next;
        }
      }
      const n = circledToNumber(m[1]!);
      if (opensItem(i + 1)) {
        open('item', String(n), `${program.label}-${m[1]}`, title, line.n, program);
      } else {
        const parent = nearest('subsection') ?? nearest('item') ?? program;
        open('topic', m[1]!, parent.label, title, line.n, parent);
      }
      continue;
    }
    if ((m = text.match(SUBSECTION)) && nearest('program')) {
      const title = subsectionTitle(m[1]!);
      const program = nearest('program')!;
      let container = nearest('item') ?? program;
      if (OVERVIEW.test(title) && container.counts.has(`overview:${title}`)) {
        // The same overview twice in one container: the report dropped the next item's heading.
        const n = (program.counts.get('item') ?? 0) + 1;
        container = open('item', String(n), `${program.label}-${numberToCircled(n)}`, `${program.title} (${numberToCircled(n)})`, line.n, program);
        container.untitled = true;
      }
      if (OVERVIEW.test(title)) container.counts.set(`overview:${title}`, 1);
      open('subsection', title, container.label, title, line.n, container);
      const rest = m[1]!.slice(m[1]!.indexOf(title) + title.length).replace(/^\s*[:：]?\s*/, '');
      if (rest) append({ ...line, raw: line.raw, norm: rest });
      continue;
    }
    append(line);
  }
  for (const d of out) if (d.untitled) retitle(d, out);
  return out.map(finish);
}
