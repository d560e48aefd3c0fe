import { z } from 'zod';

/** Kinds of node in the section tree, outermost first. */
export const SectionKind = z.enum(['part', 'chapter', 'program', 'item', 'subsection', 'topic']);
export type SectionKind = z.infer<typeof SectionKind>;

/**
 * One node of a document's section tree: part (`I. 일반 현황`, `IV. 주요 업무보고`) → chapter
 * (`1. 기업수요 맞춤형 …`) → program (`1 청년취업사관학교 …`) → item (`① …` with its own 사업개요)
 * → subsection (`□ 사업개요`) → topic (`① …` inside a subsection).
 *
 * `id` is derived from the numbering (e.g. `seoul-econ-2022-09/IV-1-1/사업개요`), so it is stable across
 * reloads of the same text.
 */
export const Section = z.object({
  id: z.string(),
  docId: z.string(),
  kind: SectionKind,
  /** Short human label, e.g. `IV-1-①`. */
  label: z.string(),
  /** Title as normalised for matching (OCR fixes applied). */
  title: z.string(),
  /** Titles from the outermost ancestor down to this node. */
  path: z.array(z.string()),
  parentId: z.string().nullable(),
  /** The node's own text (raw, as in the report), excluding its children. */
  text: z.string(),
  /** The node's own text normalised for matching. */
  normText: z.string(),
  /** The report line of each line of `text` (blank lines are not kept). */
  lineNumbers: z.array(z.number().int().positive()),
  firstLine: z.number().int().positive(),
  lastLine: z.number().int().positive(),
  /** The nearest program (or item) this node belongs to, if any. */
  programId: z.string().nullable(),
});
export type Section = z.infer<typeof Section>;
