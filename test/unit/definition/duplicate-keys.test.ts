import { describe, expect, it } from 'vitest';
import { duplicateKeyProblems } from '../../../src/definition/duplicate-keys';
import { readDefinitionText } from '../../../src/definition/read-definition';

const NOW = '2026-03-01T00:00:00.000Z';

describe('duplicateKeyProblems', () => {
  it('names a repeated top-level key by its pointer and position', () => {
    const text = '{"format":"x",\n  "connectors":[1],\n  "connectors":[]}';
    expect(duplicateKeyProblems(text)).toEqual([
      {
        pointer: '/connectors',
        message:
          'The key "connectors" appears again here (line 3, column 3); a key can appear only once in an object, so remove one of them.',
      },
    ]);
  });

  it('points into arrays and nested objects, with pointer escapes', () => {
    const text = '{"a":[{"b":1},{"c/d":{"e~":1,"e~":2}}]}';
    expect(duplicateKeyProblems(text).map((problem) => problem.pointer)).toEqual(['/a/1/c~1d/e~0']);
  });

  it('compares keys after unescaping', () => {
    expect(duplicateKeyProblems('{"name":1,"n\\u0061me":2}')).toHaveLength(1);
  });

  it('is not fooled by equal keys in sibling objects or by values that look like keys', () => {
    const text = '{"a":{"k":1},"b":{"k":"k"},"c":["k","k"],"k":"\\"k\\":"}';
    expect(duplicateKeyProblems(text)).toEqual([]);
  });

  it('lists twenty repeats and counts the rest', () => {
    const text = `{${Array.from({ length: 30 }, () => '"x":1').join(',')}}`;
    const problems = duplicateKeyProblems(text);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)?.message).toBe('9 more repeated keys are not listed.');
  });

  it('walks deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const text = `${'{"a":'.repeat(depth)}{"b":1,"b":2}${'}'.repeat(depth)}`;
    const problems = duplicateKeyProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe(`${'/a'.repeat(depth)}/b`);
  });
});

describe('reading a definition file with repeated keys', () => {
  it('is refused instead of importing what the last key says', () => {
    const text =
      '{"format":"connector-studio/connector-definition","formatVersion":2,' +
      '"generator":{"name":"g","version":"1"},"connectors":[],"connectors":[]}';
    const result = readDefinitionText(text, NOW);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ pointer: '/connectors', message: expect.stringMatching(/appears again/) }],
    });
  });
});
