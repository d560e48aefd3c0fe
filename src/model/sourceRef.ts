import { z } from 'zod';

/**
 * Where a fact or passage comes from: the document, the section and the 1-based line in the
 * corpus file, so every answer can be traced back to the report.
 *
 * @example
 * SourceRef.parse({ docId: 'seoul-econ-2022-09', sectionId: 'IV-1-1-overview', sectionLabel: 'IV-1-①', sectionPath: ['…'], line: 254 })
 */
export const SourceRef = z.object({
  docId: z.string(),
  sectionId: z.string(),
  /** Short label such as `IV-1-①` or `I-인력현황`. */
  sectionLabel: z.string(),
  /** Titles from the chapter down to the subsection. */
  sectionPath: z.array(z.string()),
  line: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRef>;
