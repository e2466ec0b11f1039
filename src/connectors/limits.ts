/**
 * Length limits. Productsup documents none for these fields, so these are Connector Studio's own
 * (generous, to keep the store and exported files sane); the form says so next to each field.
 */
export const LIMITS = {
  name: 200,
  description: 1_000,
  readme: 100_000,
  organizationName: 120,
  /** Upper bound for any single string crossing the IPC boundary that has no tighter limit. */
  genericString: 4_096,
} as const;
