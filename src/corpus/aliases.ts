import { z } from 'zod';

/** `corpus/aliases.json`: short names staff type, mapped to a phrase found in the program's text. */
export const AliasTable = z.object({
  aliases: z.array(z.object({ target: z.string().min(1), aliases: z.array(z.string().min(1)) })),
});
export type AliasTable = z.infer<typeof AliasTable>;
