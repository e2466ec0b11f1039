const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored ISO timestamp in the user's own locale and time zone. */
export function formatChange(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'at an unknown time' : formatter.format(date);
}
