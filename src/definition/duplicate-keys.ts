import { toJsonPointer } from './json-pointer';
import { lineAndColumn, scanString } from './json-syntax';
import type { Problem } from './problems';

/**
 * JSON.parse keeps the last of two equal keys without a word, so a file saying
 * `"connectors": [...], "connectors": []` would import nothing and report success. This scan
 * finds every key that repeats within one object (compared after unescaping, so "a" and
 * "\u0061" are the same key) and names it by the JSON Pointer and position of the repeat.
 *
 * Only called on text JSON.parse accepted, so it needs no error handling of its own.
 * Iterative, so deep nesting cannot overflow the stack.
 */

/** Enough to show what is wrong without flooding the preview of a hostile file. */
const MAX_REPORTED = 20;

type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string; expectKey: boolean }
  | { readonly kind: 'array'; index: number };

const SCALAR = /[^,\]}\s]*/y;

function shownKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key);
}

export function duplicateKeyProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  let extra = 0;
  const stack: Frame[] = [];
  let pos = 0;
  while (pos < text.length) {
    const char = text[pos];
    const top = stack.at(-1);
    if (char === '{') {
      stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      if (top?.kind === 'array') top.index++;
      else if (top?.kind === 'object') top.expectKey = true;
    } else if (char === ':') {
      if (top?.kind === 'object') top.expectKey = false;
    } else if (char === '"') {
      const end = scanString(text, pos);
      if (typeof end === 'string') return problems;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(pos, end)) as string;
        if (top.keys.has(key)) {
          if (problems.length < MAX_REPORTED) problems.push(repeated(text, pos, stack, key));
          else extra++;
        }
        top.keys.add(key);
        top.key = key;
      }
      pos = end;
      continue;
    } else if (!/\s/.test(char ?? '')) {
      SCALAR.lastIndex = pos;
      SCALAR.test(text);
      pos = Math.max(SCALAR.lastIndex, pos + 1);
      continue;
    }
    pos++;
  }
  if (extra > 0) {
    problems.push({ pointer: '', message: `${extra} more repeated keys are not listed.` });
  }
  return problems;
}

function repeated(text: string, offset: number, stack: readonly Frame[], key: string): Problem {
  const path = stack
    .slice(0, -1)
    .map((frame) => (frame.kind === 'object' ? frame.key : frame.index));
  const { line, column } = lineAndColumn(text, offset);
  return {
    pointer: toJsonPointer([...path, key]),
    message: `The key ${shownKey(key)} appears again here (line ${line}, column ${column}); a key can appear only once in an object, so remove one of them.`,
  };
}
