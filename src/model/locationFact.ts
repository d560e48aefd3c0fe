import { z } from 'zod';
import { SourceRef } from './sourceRef';

/** Where a program or facility is: address and area as written, and the 구 when the text names it. */
export const LocationFact = z.object({
  id: z.string(),
  /** Facility or program name (normalised). */
  name: z.string(),
  programId: z.string().nullable(),
  address: z.string(),
  area: z.string().nullable(),
  district: z.string().nullable(),
  source: SourceRef,
});
export type LocationFact = z.infer<typeof LocationFact>;
