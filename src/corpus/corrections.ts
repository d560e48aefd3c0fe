import { z } from 'zod';

/** `corpus/corrections.json`: known OCR misreadings, each with its correct form. */
export const CorrectionTable = z.object({
  corrections: z.array(z.object({ correct: z.string().min(1), variants: z.array(z.string().min(1)).min(1) })),
});
export type CorrectionTable = z.infer<typeof CorrectionTable>;
