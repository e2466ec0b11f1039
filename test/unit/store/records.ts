import { z } from 'zod';

/** A connector-like record for the sharded store tests and the bench. */
export const recordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  readme: z.string(),
  logo: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type Rec = z.infer<typeof recordSchema>;
export const validateRec = (value: unknown) => recordSchema.safeParse(value);

export function rec(n: number, version = 0): Rec {
  return {
    id: `c-${n.toString().padStart(5, '0')}`,
    name: `Connector ${n} v${version}`,
    readme: `readme ${n}`,
    logo: null,
  };
}
