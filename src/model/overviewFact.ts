import { z } from 'zod';
import { SourceRef } from './sourceRef';

/**
 * One `label : value` line of a program's overview block (`□ 사업개요`, `□ 행사개요`, `□ 운영개요`):
 * `- 장 소 : 동대문디자인플라자(DDP)` → label `장소`, value `동대문디자인플라자(DDP)`. Lines that
 * continue the value are joined to it; a label without a value of its own (`- 지원내용`) takes the
 * bullets under it; a bullet under another keeps that one's label as `parent`.
 */
export const OverviewFact = z.object({
  id: z.string(),
  /** The label with spaces removed (`기 간` → `기간`, `추진 근거` → `추진근거`). */
  label: z.string(),
  /** The label of the bullet this one hangs under, if any (`규모` for `▶ 기조 연사`). */
  parent: z.string().nullable(),
  value: z.string(),
  /** The block's title: `사업개요`, `행사개요`, `운영개요`. */
  block: z.string(),
  /** The program or item the block belongs to (short title). */
  owner: z.string(),
  programId: z.string().nullable(),
  source: SourceRef,
});
export type OverviewFact = z.infer<typeof OverviewFact>;
