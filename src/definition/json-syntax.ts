/**
 * Finds where JSON text stops being valid and says why, in the same words on every runtime
 * (V8's own messages differ between versions and often omit the position). Only called after
 * `JSON.parse` has failed. Iterative, so a hostile "[[[[..." cannot overflow the stack.
 */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function shown(char: string | undefined): string {
  return char === undefined ? 'the end of the file' : `"${char}"`;
}

/** Returns the offset just past a string starting at `start`, or an error text. */
export function scanString(text: string, start: number): number | string {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 34) return index + 1;
    if (code < 32) return 'a line break or control character inside a string';
    if (code === 92) {
      const escape = text[index + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return 'a bad \\u escape';
        index += 6;
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape)) return 'an unknown escape';
      index += 2;
      continue;
    }
    index++;
  }
  return 'a string that is never closed';
}

export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: ('object' | 'array')[] = [];
  let pos = 0;
  let mode: 'value' | 'after-value' | 'key' = 'value';
  const fail = (at: number, reason: string): JsonSyntaxError => ({
    ...lineAndColumn(text, at),
    reason,
  });
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.test(text);
    pos = WHITESPACE.lastIndex;
  };
  for (;;) {
    skipWhitespace();
    const char = text[pos];
    if (mode === 'value') {
      if (char === '{' || char === '[') {
        stack.push(char === '{' ? 'object' : 'array');
        pos++;
        skipWhitespace();
        if (text[pos] === (char === '{' ? '}' : ']')) {
          stack.pop();
          pos++;
          mode = 'after-value';
        } else mode = char === '{' ? 'key' : 'value';
        continue;
      }
      if (char === '"') {
        const end = scanString(text, pos);
        if (typeof end === 'string') return fail(pos, `found ${end}`);
        pos = end;
      } else if (char !== undefined && /[-0-9]/.test(char)) {
        NUMBER.lastIndex = pos;
        if (!NUMBER.test(text)) return fail(pos, 'found a malformed number');
        pos = NUMBER.lastIndex;
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, pos));
        if (!literal) return fail(pos, `expected a value, found ${shown(char)}`);
        pos += literal.length;
      }
      mode = 'after-value';
      continue;
    }
    if (mode === 'key') {
      if (char !== '"') return fail(pos, `expected a quoted key, found ${shown(char)}`);
      const end = scanString(text, pos);
      if (typeof end === 'string') return fail(pos, `found ${end}`);
      pos = end;
      skipWhitespace();
      if (text[pos] !== ':')
        return fail(pos, `expected ":" after the key, found ${shown(text[pos])}`);
      pos++;
      mode = 'value';
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) {
      return char === undefined
        ? null
        : fail(pos, `unexpected text after the end of the JSON value`);
    }
    const close = top === 'object' ? '}' : ']';
    if (char === ',') {
      pos++;
      mode = top === 'object' ? 'key' : 'value';
    } else if (char === close) {
      pos++;
      stack.pop();
    } else {
      return fail(pos, `expected "," or "${close}", found ${shown(char)}`);
    }
  }
}
