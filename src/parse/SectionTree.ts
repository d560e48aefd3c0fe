import type { Section, SectionKind } from '../model/section';
import type { ReportLine } from './ReportLine';
import { finish, retitle, type Draft } from './sectionDraft';

const DEPTH: Record<SectionKind, number> = { part: 0, chapter: 1, program: 2, item: 3, subsection: 4, topic: 5 };

/**
 * A report's section tree while its lines are read: the sections opened so far, in document order,
 * and the path of open sections a line is appended to. `parseSections` decides what each line
 * opens; this class only keeps ids, paths and line ranges right.
 *
 * @example
 * const tree = new SectionTree('doc', '표지');
 * tree.open('part', 'I', 'I', '일반현황', 3);
 * tree.append({ n: 4, raw: '조직', norm: '조직' });
 * tree.sections()[1]!.path; // ['일반현황']
 */
export class SectionTree {
  private readonly out: Draft[] = [];
  private readonly stack: Draft[] = [];
  /** The cover: what comes before the first part. */
  readonly cover: Draft;
  /** Whether the part being read is the business part (`II. 주요 업무계획`), where programs are. */
  businessPart = false;
  /** Programs opened so far in the current chapter (the next one must be numbered one more). */
  chapterPrograms = 0;

  constructor(
    private readonly docId: string,
    coverTitle: string,
  ) {
    this.cover = this.open('part', 'cover', '0', coverTitle, 1);
  }

  /** The innermost open section (the cover before any part). */
  current(): Draft {
    return this.stack[this.stack.length - 1] ?? this.cover;
  }

  /** The innermost open section of a kind. */
  nearest(kind: SectionKind): Draft | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.kind === kind) return this.stack[i];
    return undefined;
  }

  /** Opens a section under `parent` (default: the innermost open section shallower than `kind`). */
  open(kind: SectionKind, idPart: string, label: string, title: string, line: number, parent?: Draft): Draft {
    const stack = this.stack;
    while (stack.length && DEPTH[stack[stack.length - 1]!.kind] >= DEPTH[kind]) stack.pop();
    const container = parent ?? stack[stack.length - 1];
    let id = container ? `${container.id}/${idPart}` : `${this.docId}/${idPart}`;
    if (container) {
      const seen = container.counts.get(`id:${idPart}`) ?? 0;
      container.counts.set(`id:${idPart}`, seen + 1);
      if (seen > 0) id += `~${seen + 1}`;
      container.counts.set(kind, (container.counts.get(kind) ?? 0) + 1);
    }
    const programId = kind === 'program' || kind === 'item' ? id : (container?.programId ?? null);
    const draft: Draft = { id, kind, label, title, path: [...(container?.path ?? []), title], parentId: container?.id ?? null, programId, raw: [], norm: [], lineNumbers: [], firstLine: line, lastLine: line, counts: new Map() };
    this.out.push(draft);
    stack.push(draft);
    return draft;
  }

  /** Adds a line to a section's text (default: the innermost open one); every open section now reaches it. */
  append(line: ReportLine, to: Draft = this.current()): void {
    to.raw.push(line.raw);
    to.norm.push(line.norm);
    to.lineNumbers.push(line.n);
    for (const d of [to, ...this.stack]) d.lastLine = Math.max(d.lastLine, line.n);
  }

  /** The finished sections, in document order (items whose heading was lost named from their text). */
  sections(): Section[] {
    for (const d of this.out) if (d.untitled) retitle(d, this.out);
    return this.out.map(finish);
  }
}
