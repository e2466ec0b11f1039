import type { z } from 'zod';

/**
 * Text the user types must show what it holds. Control characters are invisible in the form and
 * in the Dev Portal, a NUL cuts the text short in C-based tools, direction overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) make a name read differently from what it is, and a lone UTF-16
 * surrogate is not a character at all (it cannot be written as UTF-8). Productsup documents no
 * such rule; Connector Studio applies it to every field a person reads.
 */

/** C0 controls, DEL, C1 controls, then the direction overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Line breaks and tabs: allowed where text has lines (description, readme). */
const LINE_LAYOUT = new Set(['\t', '\n', '\r']);

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `text` cannot be kept, starting with `label` ("Name contains …"), or null when it can.
 * `multiLine` allows tabs and line breaks.
 */
export function invisibleCharacterProblem(
  text: string,
  label: string,
  multiLine: boolean,
): string | null {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return `${label} contains a broken character (${codePoint(surrogate[0])}, half of a pair).`;
  }
  for (const [char] of text.matchAll(INVISIBLE)) {
    if (multiLine && LINE_LAYOUT.has(char)) continue;
    return `${label} contains an invisible control character (${codePoint(char)}).`;
  }
  return null;
}

/** A zod check refusing invisible characters, for `.superRefine` on a string schema. */
export function visibleText(label: string, multiLine: boolean) {
  return (text: string, context: z.RefinementCtx<string>): void => {
    const message = invisibleCharacterProblem(text, label, multiLine);
    if (message !== null) context.addIssue({ code: 'custom', message });
  };
}
