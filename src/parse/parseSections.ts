import type { Section } from '../model/section';
import { CIRCLED_LINE, circledToNumber, numberToCircled } from './circled';
import type { ReportLine } from './ReportLine';
import { subsectionTitle } from './sectionDraft';
import { SectionTree } from './SectionTree';

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

/** The report's lines while they are read: each handler returns the index of the last line it used. */
interface Reading {
  tree: SectionTree;
  lines: readonly ReportLine[];
}

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
  const reading: Reading = { tree: new SectionTree(docId, lines.find((l) => l.norm.trim())?.norm.trim() ?? '표지'), lines };
  const { tree } = reading;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.norm.trim();
    if (text === '') continue;
    const part = partLine(reading, text, line);
    if (part) continue;
    if (!tree.businessPart) {
      frontLine(reading, text, line);
      continue;
    }
    const used = chapterLine(reading, text, i) ?? programLine(reading, text, i) ?? circledLine(reading, text, i) ?? subsectionLine(reading, text, i);
    if (used === null) tree.append(line);
    else i = used;
  }
  return tree.sections();
}

/** A part heading (`II. 주요 업무계획`, or `1. …` before the business part): opens it. */
function partLine({ tree }: Reading, text: string, line: ReportLine): boolean {
  const m = text.match(PART) ?? (!tree.businessPart && tree.nearest('part') === tree.cover ? text.match(NUMBERED) : null);
  if (!m) return false;
  const numeral = ROMAN.includes(m[1]!) ? m[1]! : ROMAN[Number(m[1]) - 1]!;
  const title = m[2]!.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  tree.open('part', numeral, numeral, title, line.n);
  tree.businessPart = /업무/.test(title);
  return true;
}

/** A line before the business part: a front-matter heading (`조직현황`), a `< … >` heading, or text. */
function frontLine({ tree }: Reading, text: string, line: ReportLine): void {
  const part = tree.nearest('part')!;
  let m: RegExpMatchArray | null;
  if (part.label === 'I' && (m = text.match(FRONT_MATTER))) {
    tree.open('subsection', m[1]!, part.label, m[1]!, line.n);
    tree.append(line);
  } else if ((m = text.match(BRACKETED)) && !/자료/.test(m[1]!)) {
    tree.open('subsection', m[1]!.replace(/[,\s]+/g, ' '), part.label, m[1]!, line.n);
  } else {
    tree.append(line);
  }
}

/** The index of the next line with text at or after `from`. */
function nextContent(lines: readonly ReportLine[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]!.norm.trim() === '') j++;
  return j;
}

/** A chapter heading (`1. 기업수요 …`, its title maybe continued on the next line), or a table-of-contents line. */
function chapterLine({ tree, lines }: Reading, text: string, i: number): number | null {
  const m = text.match(NUMBERED);
  if (!m) return null;
  const part = tree.nearest('part')!;
  const next = nextContent(lines, i + 1);
  if (next < lines.length && NUMBERED.test(lines[next]!.norm.trim())) {
    tree.append(lines[i]!, part); // table of contents of the business part
    return i;
  }
  let title = m[2]!;
  let used = i;
  if (title.length < 12 && next < lines.length && !/^[-□①-⑳\d<]/.test(lines[next]!.norm.trim())) {
    title = `${title} ${lines[next]!.norm.trim()}`;
    used = next;
  }
  tree.open('chapter', m[1]!, `${part.label}-${m[1]}`, title, lines[i]!.n);
  tree.chapterPrograms = 0;
  return used;
}

/** A program heading (`1 청년취업사관학교 …`, or `1` with its title on the next line), numbered one more than the last. */
function programLine({ tree, lines }: Reading, text: string, i: number): number | null {
  const chapter = tree.nearest('chapter');
  const m = chapter ? (text.match(PROGRAM_ALONE) ?? text.match(PROGRAM_INLINE)) : null;
  if (!chapter || !m || Number(m[1]) !== tree.chapterPrograms + 1) return null;
  let title = m[2];
  let used = i;
  if (title === undefined) {
    used = nextContent(lines, i + 1);
    title = lines[used]?.norm.trim() ?? '';
  }
  tree.chapterPrograms++;
  tree.open('program', String(tree.chapterPrograms), `${chapter.label}-${numberToCircled(tree.chapterPrograms)}`, title, lines[i]!.n, chapter);
  return used;
}

/** A circled heading (`① …`): an item when the next □ opens an overview, else a topic; before any program, the chapter's list. */
function circledLine({ tree, lines }: Reading, text: string, i: number): number | null {
  const m = text.match(CIRCLED_LINE);
  if (!m) return null;
  const program = tree.nearest('program');
  if (!program || tree.chapterPrograms === 0) {
    tree.append(lines[i]!, tree.nearest('chapter') ?? tree.nearest('part')!); // the chapter's list of programs
    return i;
  }
  let title = m[2]!.trim();
  let used = i;
  if (title === '') {
    const next = nextContent(lines, i + 1);
    if (next < lines.length && !isStructural(lines[next]!.norm.trim())) {
      title = lines[next]!.norm.trim();
      used = next;
    }
  }
  if (opensItem(tree, lines, used + 1)) {
    tree.open('item', String(circledToNumber(m[1]!)), `${program.label}-${m[1]}`, title, lines[i]!.n, program);
  } else {
    const parent = tree.nearest('subsection') ?? tree.nearest('item') ?? program;
    tree.open('topic', m[1]!, parent.label, title, lines[i]!.n, parent);
  }
  return used;
}

/** A `□ …` subsection of a program or item; a second overview in one container opens the item whose heading was lost. */
function subsectionLine({ tree, lines }: Reading, text: string, i: number): number | null {
  const m = text.match(SUBSECTION);
  const program = tree.nearest('program');
  if (!m || !program) return null;
  const line = lines[i]!;
  const title = subsectionTitle(m[1]!);
  let container = tree.nearest('item') ?? program;
  if (OVERVIEW.test(title) && container.counts.has(`overview:${title}`)) {
    // The same overview twice in one container: the report dropped the next item's heading.
    const n = (program.counts.get('item') ?? 0) + 1;
    container = tree.open('item', String(n), `${program.label}-${numberToCircled(n)}`, `${program.title} (${numberToCircled(n)})`, line.n, program);
    container.untitled = true;
  }
  if (OVERVIEW.test(title)) container.counts.set(`overview:${title}`, 1);
  tree.open('subsection', title, container.label, title, line.n, container);
  const rest = m[1]!.slice(m[1]!.indexOf(title) + title.length).replace(/^\s*[:：]?\s*/, '');
  if (rest) tree.append({ ...line, norm: rest });
  return i;
}

function isStructural(text: string): boolean {
  return PART.test(text) || SUBSECTION.test(text) || NUMBERED.test(text) || PROGRAM_ALONE.test(text) || PROGRAM_INLINE.test(text);
}

/** A circled heading is an item when the next □ after it opens an overview; otherwise a topic. */
function opensItem(tree: SectionTree, lines: readonly ReportLine[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const text = lines[j]!.norm.trim();
    const sub = text.match(SUBSECTION);
    if (sub) return OVERVIEW.test(sub[1]!);
    if (PART.test(text) || (NUMBERED.test(text) && tree.businessPart)) return false;
  }
  return false;
}
