import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkExternalUrl } from '../../../electron/main/links/external-url';
import { openExternalSafe } from '../../../electron/main/links/open-external-safe';

const REFUSED = [
  'file:///C:/Windows/System32/calc.exe',
  'file:///etc/passwd',
  '\\\\host\\share',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'ms-settings:privacy',
  'vscode://file/etc/passwd',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://example.com',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://evil.example%2F@good.example/',
  'https://exa mple.com',
  'https://example.com/\u202egnp.exe',
  'https://example.com/\u200bpath',
  'https://',
  'mailto:',
  '//example.com',
  '/relative/path',
  '#anchor',
  '',
  `https://example.com/${'a'.repeat(10_000)}`,
];

const ALLOWED: [string, string][] = [
  ['https://example.com', 'https://example.com/'],
  ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
  [' https://example.com/docs ', 'https://example.com/docs'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ['mailto:support@example.com', 'mailto:support@example.com'],
];

describe('checkExternalUrl', () => {
  test.each(REFUSED)('refuses %j', (raw) => {
    const result = checkExternalUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });

  test.each(ALLOWED)('allows %j as %j', (raw, normalized) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, value: normalized });
  });

  test('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com'], new URL('https://a.b')])
      expect(checkExternalUrl(value).ok).toBe(false);
  });

  test('for generated web addresses, allows exactly https without credentials', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (raw) => {
        const parsed = new URL(raw);
        const expected =
          parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
        const result = checkExternalUrl(raw);
        expect(result.ok).toBe(expected);
        if (result.ok) expect(new URL(result.value).protocol).toBe('https:');
      }),
      { numRuns: 300 },
    );
  });

  test('whatever string comes in, an allowed answer is an https: or mailto: address', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl().map((url) => `${url}\u0000`),
        ),
        (raw) => {
          const result = checkExternalUrl(raw);
          if (result.ok) expect(['https:', 'mailto:']).toContain(new URL(result.value).protocol);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('openExternalSafe', () => {
  test('hands only the checked, normalized address to the opener', async () => {
    const opened: string[] = [];
    const opener = { openInBrowser: async (url: string) => void opened.push(url) };
    for (const raw of REFUSED) expect((await openExternalSafe(raw, opener)).ok).toBe(false);
    expect(opened).toEqual([]);
    const result = await openExternalSafe('HTTPS://Example.com/a', opener);
    expect(result).toEqual({ ok: true, value: { url: 'https://example.com/a' } });
    expect(opened).toEqual(['https://example.com/a']);
  });

  test('reports an opener failure as a typed IO result', async () => {
    const opener = {
      openInBrowser: async () => {
        throw new Error('no handler');
      },
    };
    const result = await openExternalSafe('https://example.com', opener);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('IO');
  });
});
