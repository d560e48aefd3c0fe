import { z } from 'zod';
import { SourceRef } from './sourceRef';

/** One row of the 주요기능 table: a department and its duties. */
export const DutyFact = z.object({
  id: z.string(),
  department: z.string(),
  duties: z.array(z.string()),
  source: SourceRef,
});
export type DutyFact = z.infer<typeof DutyFact>;
