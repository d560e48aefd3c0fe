import { z } from 'zod';
import { SourceRef } from './sourceRef';

/**
 * A figure about money: an amount in won (`amountWon`) or an execution rate in percent (`percent`),
 * with the amount and unit exactly as written in the report.
 *
 * @example
 * // `- 소요 예산 : 20,255백만원` under 청년취업사관학교 becomes
 * // { kind: '소요예산', amountWon: 20_255_000_000, raw: '20,255백만원', unit: '백만원', owner: '청년취업사관학교 …' }
 */
export const BudgetFact = z.object({
  id: z.string(),
  /** 소요예산, 사업예산, '22년 예산, 총사업비, 예산현액, 원인행위액, 지출액, 집행률(원인행위액), 조성규모, 지원금액, … */
  kind: z.string(),
  /** Amount normalised to won; null for rates. */
  amountWon: z.number().int().nullable(),
  /** Percentage for 집행률 and similar; null for amounts. */
  percent: z.number().nullable(),
  /** The figure as written, e.g. `20,255백만원`, `43억원`, `1조 4천억원`, `68.6%`. */
  raw: z.string(),
  /** The unit as written: 원, 천원, 백만원, 억원, 조원, %. */
  unit: z.string(),
  /** Program, facility or department the figure belongs to (normalised name). */
  owner: z.string(),
  ownerType: z.enum(['program', 'facility', 'department', 'office']),
  /** Section id of the program the figure sits in, if any. */
  programId: z.string().nullable(),
  /** Fiscal year the figure is for when the text says so (e.g. 2022 for `'22년 예산`). */
  year: z.number().int().nullable(),
  /** For a part of a larger figure (`조성비(1,050백만원)`), the id of the whole. */
  partOf: z.string().nullable(),
  /** The part's own label, e.g. `조성비`, `국비`, `종합형`. */
  label: z.string().nullable(),
  source: SourceRef,
});
export type BudgetFact = z.infer<typeof BudgetFact>;
