import { z } from 'zod';
import { DateInterval } from './datePoint';
import { SourceRef } from './sourceRef';

/**
 * A dated (or recurring, or undated) event in a program: `- 1자치구 1청년취업사관학교 종합계획 수립 : '22.11월`.
 *
 * `when` is null for recurring or undated items (`분기별`, `수시`), which are kept with
 * `recurrence` set and never given an invented date.
 */
export const Milestone = z.object({
  id: z.string(),
  label: z.string(),
  /** Program, facility or topic the milestone belongs to. */
  owner: z.string(),
  programId: z.string().nullable(),
  when: DateInterval.nullable(),
  /** `분기별`, `수시`, `매월`, `연 2회` … when the report gives a frequency instead of a date. */
  recurrence: z.string().nullable(),
  /** The date exactly as written, e.g. `'22.11월`, `'22. 9. 30.`, `~'22.12.`. */
  raw: z.string(),
  /** planned: listed under 향후계획 or dated after the report; done: reported as achieved or dated before it. */
  status: z.enum(['done', 'ongoing', 'planned']),
  source: SourceRef,
});
export type Milestone = z.infer<typeof Milestone>;
