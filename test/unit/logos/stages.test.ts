import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, LOGO_MAX_DEPTH, LOGO_MAX_ELEMENTS } from '../../../src/logos/logo-report';
import { sanitizeDeclarations, sanitizeStylesheet } from '../../../electron/main/logos/css-policy';
import { decodeText } from '../../../electron/main/logos/decode-text';
import { IdPrefixer } from '../../../electron/main/logos/id-prefix';
import { parseSvg } from '../../../electron/main/logos/parse-svg';
import { LogoRefusal } from '../../../electron/main/logos/refusal';
import { RemovalLog } from '../../../electron/main/logos/removal-log';
import { gateBytes } from '../../../electron/main/logos/sniff-bytes';
import { classifyUrl } from '../../../electron/main/logos/url-policy';
import { sanitizeLogo } from '../../../electron/main/logos';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const svg = (body: string, attrs = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attrs}>${body}</svg>`;

function refusalCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof LogoRefusal) return error.code;
    throw error;
  }
  return undefined;
}

describe('byte gate', () => {
  it('refuses files over the limit and gzip that inflates over it', () => {
    expect(refusalCode(() => gateBytes(new Uint8Array(LOGO_MAX_BYTES + 1)))).toBe('too-large');
    const bomb = gzipSync(Buffer.alloc(LOGO_MAX_BYTES + 10, 0x20));
    expect(bomb.length).toBeLessThan(LOGO_MAX_BYTES);
    expect(refusalCode(() => gateBytes(new Uint8Array(bomb)))).toBe('too-large');
  });
  it('inflates gzip and sniffs what is inside', () => {
    expect(new TextDecoder().decode(gateBytes(new Uint8Array(gzipSync(svg('')))).bytes)).toContain(
      '<svg',
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(refusalCode(() => gateBytes(new Uint8Array(gzipSync(png))))).toBe('binary-not-svg');
    expect(refusalCode(() => gateBytes(new Uint8Array([0x1f, 0x8b, 1, 2, 3])))).toBe('bad-gzip');
  });
  it('names renamed binaries', () => {
    expect(refusalCode(() => gateBytes(enc('%PDF-1.7\n')))).toBe('binary-not-svg');
    expect(refusalCode(() => gateBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])))).toBe(
      'binary-not-svg',
    );
    expect(refusalCode(() => gateBytes(new Uint8Array(0)))).toBe('empty');
  });
});

describe('decoding', () => {
  it('handles UTF-8 with BOM, UTF-16 with BOM and a declared Latin-1', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])).text).toBe('<');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from('<svg/>', 'utf16le'))]);
    expect(decodeText(utf16).text).toBe('<svg/>');
    const latin1 = new Uint8Array([
      ...enc('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf'),
      0xe9,
      ...enc('</t>'),
    ]);
    expect(decodeText(latin1).text).toContain('Café');
  });
  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(refusalCode(() => decodeText(new Uint8Array([0x3c, 0xc3, 0x28])))).toBe('bad-encoding');
  });
});

describe('strict parse', () => {
  const parse = (text: string): string | undefined =>
    refusalCode(() => parseSvg(text, new RemovalLog()));
  it('refuses DTD subsets, undeclared entities, several roots and non-SVG roots', () => {
    expect(parse('<!DOCTYPE svg [<!ENTITY a "b">]>' + svg('&a;'))).toBe('doctype-entities');
    expect(parse(svg('&nbsp;'))).toBe('malformed-xml');
    expect(parse(svg('') + svg(''))).toBe('malformed-xml');
    expect(parse('<note xmlns="urn:x"/>')).toBe('not-svg-root');
    expect(parse('<svg xmlns="urn:other"/>')).toBe('not-svg-root');
  });
  it('enforces the depth and element caps while streaming', () => {
    expect(parse(svg('<g>'.repeat(LOGO_MAX_DEPTH) + '</g>'.repeat(LOGO_MAX_DEPTH)))).toBe(
      'too-deep',
    );
    expect(
      parse(svg('<g>'.repeat(LOGO_MAX_DEPTH - 1) + '</g>'.repeat(LOGO_MAX_DEPTH - 1))),
    ).toBeUndefined();
    expect(parse(svg('<g/>'.repeat(LOGO_MAX_ELEMENTS)))).toBe('too-many-elements');
    expect(parse(svg('<g/>'.repeat(LOGO_MAX_ELEMENTS - 1)))).toBeUndefined();
  });
  it('accepts a missing xmlns and an undeclared xlink prefix', () => {
    const parsed = parseSvg('<svg><use xlink:href="#a"/></svg>', new RemovalLog());
    expect(parsed.declaredSvgNamespace).toBe(false);
    expect(parsed.root.children[0]).toMatchObject({
      local: 'use',
      attrs: [{ local: 'href', uri: 'http://www.w3.org/1999/xlink' }],
    });
  });
});

describe('URL policy', () => {
  it('allows only local fragments and raster data', () => {
    expect(classifyUrl('#a', false)).toEqual({ kind: 'fragment', id: 'a' });
    expect(classifyUrl(' data:image/png;base64,iVBO\nRw0= ', true)).toEqual({ kind: 'raster' });
    expect(classifyUrl('data:image/png;base64,iVBO', false).kind).toBe('refused');
    expect(classifyUrl('data:image/svg+xml;base64,PHN2Zz4=', true)).toEqual({
      kind: 'refused',
      removal: 'unsafe URL',
    });
    expect(classifyUrl('JaVa\tScRipt:alert(1)', true)).toEqual({
      kind: 'refused',
      removal: 'unsafe URL',
    });
    expect(classifyUrl('https://x.example/a.png', true)).toEqual({
      kind: 'refused',
      removal: 'external reference',
    });
    expect(classifyUrl('a.svg#x', true).kind).toBe('refused');
  });
});

describe('CSS policy', () => {
  const ctx = (): { prefixer: IdPrefixer; log: RemovalLog } => ({
    prefixer: new IdPrefixer('p'),
    log: new RemovalLog(),
  });
  it('keeps presentation declarations and rewrites local url()', () => {
    expect(sanitizeDeclarations('fill: url(#g) ; stroke:RED', ctx())).toBe(
      'fill:url(#p-g);stroke:RED',
    );
  });
  it('drops remote url(), escapes, unknown properties and functions', () => {
    const c = ctx();
    expect(
      sanitizeDeclarations(
        'fill:url(https://x.example/a);position:fixed;stroke:u\\72l(x);fill:image-set("a")',
        c,
      ),
    ).toBe('');
    expect(c.log.removals()).toEqual([
      { kind: 'external reference', count: 1 },
      { kind: 'unsupported CSS property', count: 1 },
      { kind: 'unsafe CSS value', count: 2 },
    ]);
  });
  it('scopes selectors to the logo and drops page-wide ones and at-rules', () => {
    const out = sanitizeStylesheet(
      '@import url(x.css); body{color:red} .a > rect, #b{fill:red} @font-face{src:url(x)} @media (min-width: 1px){.c{fill:blue}}',
      ctx(),
    );
    expect(out).toBe('.p-a>rect:where(.p),#p-b{fill:red}@media (min-width: 1px){.p-c{fill:blue}}');
  });
  it('is stable when run on its own output', () => {
    const once = sanitizeStylesheet('.a:first-child, g circle{fill:red}', ctx());
    expect(sanitizeStylesheet(once, ctx())).toBe(once);
  });
});

describe('whole pipeline', () => {
  const run = (text: string): ReturnType<typeof sanitizeLogo> => sanitizeLogo(enc(text));
  it('never throws, whatever it is given', () => {
    for (const input of [
      new Uint8Array([0]),
      enc('<'),
      enc('<svg'),
      enc('\uFEFF'),
      undefined as unknown as Uint8Array,
    ]) {
      const report = sanitizeLogo(input);
      expect(report.accepted).toBe(false);
      expect(report.reason).toBeTruthy();
    }
  });
  it('removes handlers case-insensitively and reports them by kind', () => {
    const report = run(
      svg('<rect width="1" height="1" ONCLICK="x()" onMouseOver="y()"/>', ' onload="z()"'),
    );
    expect(report.svg).not.toMatch(/on[a-z]+=/i);
    expect(report.removed).toEqual([{ kind: 'event handler attribute', count: 3 }]);
  });
  it('keeps <use> to local symbols, prefixes ids consistently and stays idempotent', () => {
    const report = run(
      svg(
        '<defs><path id="a" d="M0 0h1v1z"/></defs><use href="#a"/><use xlink:href="#a" x="2"/>',
        ' xmlns:xlink="http://www.w3.org/1999/xlink"',
      ),
    );
    const id = /id="([^"]+)"/.exec(report.svg ?? '')?.[1];
    expect(id).toMatch(/^l[0-9a-f]{8}-a$/);
    expect(report.svg?.split(`href="#${id}"`).length).toBe(3);
    expect(run(report.svg as string).svg).toBe(report.svg);
  });
  it('uses a given prefix and derives a viewBox from width/height', () => {
    const report = sanitizeLogo(
      enc('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><g id="x"/></svg>'),
      { idPrefix: 'acme' },
    );
    expect(report.svg).toContain('viewBox="0 0 20 10"');
    expect(report.warnings.join()).toMatch(/viewBox/);
    expect(report.svg).toMatch(/class="acme"/);
  });
  it('refuses <use> fan-out beyond the expansion cap', () => {
    let body = '<defs><circle id="u0" r="1"/>';
    for (let level = 1; level <= 5; level++) {
      body += `<g id="u${level}">${`<use href="#u${level - 1}"/>`.repeat(10)}</g>`;
    }
    expect(run(svg(`${body}</defs><use href="#u5"/>`)).code).toBe('use-expansion');
  });
  it.each([
    ['an escaped url() in fill', 'fill="\\75 rl(https://evil.example/p.svg#g)"'],
    ['an escaped url() in mask', 'mask="u\\72l(https://evil.example/m.svg#m)"'],
    ['an escaped URL() in clip-path', 'clip-path="\\55 \\52 \\4c (https://evil.example/c#c)"'],
    ['an escaped url() in filter', 'filter="\\75rl(https://evil.example/f.svg#f)"'],
    ['image-set() in mask', 'mask="image-set(&quot;https://evil.example/x.png&quot; 1x)"'],
    ['image() in mask', 'mask="cross-fade(url(#a), image(&quot;https://evil.example/x&quot;))"'],
    ['src() in fill', 'fill="src(&quot;https://evil.example/x&quot;)"'],
  ])('drops a presentation attribute with %s, as it would in style', (_what, attribute) => {
    const report = run(svg(`<rect width="5" height="5" ${attribute}/>`));
    expect(report.accepted).toBe(true);
    expect(report.svg).not.toMatch(/evil|\\/);
    expect(report.removed).toContainEqual({ kind: 'unsafe CSS value', count: 1 });
  });
  it('keeps ordinary presentation attributes', () => {
    const report = run(
      svg(
        '<rect width="5" height="5" fill="rgb(1 2 3)" transform="rotate(45 5 5)" mask="url(#m)"/>',
      ),
    );
    expect(report.removed).toEqual([]);
    expect(report.svg).toMatch(/rotate\(45/);
    expect(report.svg).toMatch(/mask="url\(#l[0-9a-f]{8}-m\)"/);
  });
});
