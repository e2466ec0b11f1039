/**
 * Minimal CSS scanning helpers: enough structure (strings, comments, brackets) to split a
 * stylesheet into rules and declarations without being fooled by a `;` or `}` inside a string.
 * Anything the scanner cannot account for makes the caller drop the rule: fail closed.
 */

/** Removes comments, leaving strings intact. An unterminated comment swallows the rest. */
export function stripComments(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i] as string;
    if (c === '"' || c === "'") {
      const end = stringEnd(css, i);
      out += css.slice(i, end);
      i = end;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      if (close < 0) break;
      out += ' ';
      i = close + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Index just past the string starting at `start` (or the end of input if unterminated). */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, css.length);
}

/**
 * Index of the first `target` character at nesting level 0 (outside strings, (), [] and {}),
 * from `from`; -1 if there is none.
 */
export function indexOfTopLevel(css: string, targets: string, from = 0): number {
  let depth = 0;
  let i = from;
  while (i < css.length) {
    const c = css[i] as string;
    if (depth === 0 && targets.includes(c)) return i;
    if (c === '"' || c === "'") {
      i = stringEnd(css, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth -= 1;
    i += 1;
  }
  return -1;
}

/** Index of the `}` matching the `{` at `open`; -1 if unbalanced. */
export function matchingBrace(css: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < css.length) {
    const c = css[i] as string;
    if (c === '"' || c === "'") {
      i = stringEnd(css, i);
      continue;
    }
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
    i += 1;
  }
  return -1;
}

/** Splits at every top-level occurrence of `separator`. */
export function splitTopLevel(css: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const at = indexOfTopLevel(css, separator, start);
    if (at < 0) break;
    parts.push(css.slice(start, at));
    start = at + 1;
  }
  parts.push(css.slice(start));
  return parts;
}
