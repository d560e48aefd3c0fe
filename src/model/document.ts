import { z } from 'zod';

/** One report in `corpus/manifest.json`. */
export const DocumentMeta = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1),
  office: z.string().min(1),
  /** Month of the report, `YYYY-MM`. */
  reportDate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  /** Date the figures are as of (`'22.8.29. 기준`), `YYYY-MM-DD`, if the report gives one. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  /** File name inside `corpus/`. */
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name inside corpus/'),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** The whole `corpus/manifest.json`. */
export const CorpusManifest = z.object({
  documents: z.array(DocumentMeta).min(1),
});
export type CorpusManifest = z.infer<typeof CorpusManifest>;
