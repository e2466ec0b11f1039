import type { z } from 'zod';
import { toJsonPointer, valueAt } from './json-pointer';
import type { Problem } from './problems';

/** zod's own wording, which names neither the key nor the value; replaced with plainer words. */
const GENERATED_MESSAGE = /^(Invalid input|Invalid option|Unrecognized key)/;

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const missing = value === undefined && issue.path.length > 0;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && missing) {
    return `Missing required key "${String(issue.path.at(-1))}".`;
  }
  if (!GENERATED_MESSAGE.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    return `Expected ${issue.expected}, found ${describeValue(value)}.`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((allowedValue) => JSON.stringify(allowedValue)).join(', ');
    return issue.values.length === 1
      ? `Expected ${allowed}, found ${describeValue(value)}.`
      : `Unknown value ${describeValue(value)}; expected one of ${allowed}.`;
  }
  return issue.message;
}

/**
 * Turns zod issues into problems with a JSON Pointer each. `data` is the parsed JSON the schema
 * saw, used to quote the offending value; `base` is where that data sits inside the file.
 */
export function schemaProblems(
  error: z.ZodError,
  data: unknown,
  base: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          pointer: toJsonPointer([...base, ...issue.path, key]),
          message: `Unknown key "${key}"; this format has no such key (check its spelling).`,
        });
      }
      continue;
    }
    problems.push({
      pointer: toJsonPointer([...base, ...issue.path]),
      message: plainMessage(issue, data),
    });
  }
  return problems;
}
