/**
 * Numbers a browser cannot draw. `x="-1e400"` is -Infinity (svgo then writes a rect as the path
 * `M-Infinity…`), `x="1e308" width="1e308"` overflows once svgo adds them, and CSS
 * `calc(infinity * 1px)` is a valid way to ask for an endless stroke. Such values are removed,
 * never clamped: there is no sensible finite value to draw instead.
 */

const NUMBER_LITERAL = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
/** Far beyond any drawing (graphics libraries work in 32-bit floats), and safe to add up. */
const MAX_MAGNITUDE = 1e30;
const NON_FINITE_WORD = /infinity|nan/i;
/** Names inside a value (`url(#id)`, `var(--name)`) may contain those letters. */
const NAMES_IN_VALUE = /url\([^()]*\)|--[\w-]+|#[\w-]+/gi;
/**
 * Only a number with an exponent, or with 31 or more digits in a row, can pass 1e30: values
 * without either (nearly all path data) skip reading every number.
 */
const MAYBE_HUGE = /[eE][-+]?\d|\d{31}/;

/** Attributes and properties whose values are words, where "Infinity" may be a name. */
export const TEXT_VALUED_NAMES: ReadonlySet<string> = new Set([
  'id',
  'class',
  'lang',
  'role',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'font',
  'font-family',
  'in',
  'in2',
  'result',
]);

export function hasNonFiniteNumber(value: string): boolean {
  // Ids such as a derived prefix `l3e45ab12-…` look like numbers; they are not read.
  const unnamed = value.replace(NAMES_IN_VALUE, ' ');
  if (NON_FINITE_WORD.test(unnamed)) return true;
  if (!MAYBE_HUGE.test(unnamed)) return false;
  for (const match of unnamed.matchAll(NUMBER_LITERAL)) {
    if (!(Math.abs(Number(match[0])) <= MAX_MAGNITUDE)) return true;
  }
  return false;
}
