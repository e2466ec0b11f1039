import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../../../electron/cli/parse-options';

const HELP = 'Usage:\n  demo [-o <file>] [--json] <files...>\n';
const OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;

function explain(args: string[], allowPositionals = true) {
  let stderr = '';
  const parsed = parseOrExplain({ args, options: OPTIONS, allowPositionals }, HELP, {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
  });
  return { parsed, stderr };
}

describe('parseOrExplain', () => {
  it.each([
    [['--wat', 'f.svg'], 'Unknown option --wat.'],
    [['-x'], 'Unknown option -x.'],
    [['-o'], 'Option -o needs a value.'],
    [
      ['--output', '--json'],
      'Option --output needs a value (write --output=--json if "--json" is meant).',
    ],
    [['--json=yes'], 'Option --json takes no value.'],
  ])('%j: %s, then the usage', (args, first) => {
    const { parsed, stderr } = explain(args);
    expect(parsed).toBeNull();
    expect(stderr).toBe(`${first}\n\n${HELP}`);
  });

  it('names an argument a command without positionals does not take', () => {
    expect(explain(['stray'], false).stderr.split('\n')[0]).toBe('Unexpected argument "stray".');
  });

  it('parses good arguments, including a value after "="', () => {
    const { parsed, stderr } = explain(['a.svg', '--output=-dash.svg', '--json']);
    expect(stderr).toBe('');
    expect(parsed?.values).toEqual({ output: '-dash.svg', json: true });
    expect(parsed?.positionals).toEqual(['a.svg']);
  });
});
