import { z } from 'zod';
import { SourceRef } from './sourceRef';

const QuotaCurrent = z.object({ quota: z.number().int(), current: z.number().int() });

/** One row of the 인력현황 table: 정원/현원 of a department, in total and per job type. */
export const HeadcountFact = z.object({
  id: z.string(),
  department: z.string(),
  quota: z.number().int(),
  current: z.number().int(),
  women: z.number().int().nullable(),
  /** 일반직, 임기제, 별정직, 학예연구 → 정원/현원; job types shown as `-` are left out. */
  byJobType: z.record(z.string(), QuotaCurrent),
  note: z.string().nullable(),
  source: SourceRef,
});
export type HeadcountFact = z.infer<typeof HeadcountFact>;
