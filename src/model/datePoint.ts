import { z } from 'zod';

/** How exact a date in the report is. Never more exact than what is written. */
export const DatePrecision = z.enum(['day', 'month', 'quarter', 'half', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A calendar period: `date` is the first day of the period (ISO `YYYY-MM-DD`) and `precision`
 * says how long it is, so `{ date: '2022-11-01', precision: 'month' }` means "November 2022", not
 * the 1st.
 */
export const DatePoint = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  precision: DatePrecision,
});
export type DatePoint = z.infer<typeof DatePoint>;

/**
 * A span between two periods. An open start (`~'22.12.`) or open end (`'22.9월~`) is null.
 * A single period has start and end equal.
 */
export const DateInterval = z.object({
  start: DatePoint.nullable(),
  end: DatePoint.nullable(),
});
export type DateInterval = z.infer<typeof DateInterval>;
