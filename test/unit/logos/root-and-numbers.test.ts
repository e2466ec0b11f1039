import { describe, expect, it } from 'vitest';
import { sanitizeLogo } from '../../../electron/main/logos';
import type { LogoReport } from '../../../src/logos/logo-report';

const run = (text: string): LogoReport => sanitizeLogo(new TextEncoder().encode(text));
const withRoot = (attrs: string, body = '<rect width="9" height="9"/>'): LogoReport =>
  run(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" ${attrs}>${body}</svg>`);
const rootTag = (report: LogoReport): string => /^<svg[^>]*>/.exec(report.svg ?? '')?.[0] ?? '';

describe('root size in every unit', () => {
  it.each(['99999cm', '100000%', '2000in', '700vw', '1000em', '1e6px', '100000'])(
    'drops width="%s" in favour of the viewBox',
    (size) => {
      const report = withRoot(`width="${size}" height="10"`);
      expect(report.accepted, report.reason).toBe(true);
      expect(rootTag(report)).not.toMatch(/width=|height=/);
      expect(rootTag(report)).toContain('viewBox="0 0 10 10"');
      expect(report.removed).toContainEqual({ kind: 'oversized width/height', count: 1 });
    },
  );

  it.each(['64', '2cm', '50%', '3em', '50vw'])('keeps an ordinary width="%s"', (size) => {
    expect(rootTag(withRoot(`width="${size}"`))).toContain(`width="${size}"`);
  });

  it('derives a viewBox from absolute units when there is none', () => {
    const report = run(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="48pt"><rect width="9" height="9"/></svg>',
    );
    expect(rootTag(report)).toContain('viewBox="0 0 96 64"');
  });
});

describe('transform and overflow on the root', () => {
  it('removes them from attributes and the style attribute, keeping the rest', () => {
    const report = withRoot(
      'transform="scale(9)" overflow="visible" style="transform:scale(1000);overflow:visible;fill:blue"',
    );
    expect(rootTag(report)).not.toMatch(/transform|overflow/);
    expect(rootTag(report)).toContain('fill:blue');
    expect(report.removed).toContainEqual({ kind: 'transform or overflow on the root', count: 4 });
  });

  it('removes them from style rules that could match the root, not from others', () => {
    const report = withRoot(
      'class="brand"',
      '<style>svg{transform:scale(9)}.brand{transform-origin:0 0;fill:red}' +
        'g{transform:rotate(3deg)}.part{transform:rotate(5deg)}</style><g class="part"/>',
    );
    const css = /<style[^>]*>(.*)<\/style>/.exec(report.svg ?? '')?.[1] ?? '';
    expect(css).not.toMatch(/scale|transform-origin/);
    expect(css).toMatch(/-brand\{fill:red\}/);
    expect(css).toContain('transform:rotate(3deg)');
    expect(css).toContain('transform:rotate(5deg)');
  });

  it('keeps transforms on shapes inside the logo', () => {
    const report = withRoot(
      '',
      '<g transform="rotate(45 5 5)"><rect width="4" height="4"/><circle r="2"/></g>',
    );
    expect(report.removed).toEqual([]);
    expect(report.svg).toContain('rotate(45');
  });
});

describe('numbers a browser cannot draw', () => {
  it('removes non-finite and astronomically large numbers before svgo computes with them', () => {
    const report = withRoot(
      '',
      '<rect x="-1e400" width="5" height="5"/><rect x="1e308" width="1e308" height="5"/>' +
        '<path style="stroke-width:calc(infinity*1px);fill:red" d="M0 0h9"/><path d="M1e999 0h9"/>',
    );
    expect(report.accepted, report.reason).toBe(true);
    expect(report.svg).not.toMatch(/Infinity|NaN|e\+?\d{3}/i);
    expect(report.removed).toContainEqual({ kind: 'out-of-range number', count: 5 });
  });

  it('does not read ids, colours or font names as numbers', () => {
    const report = withRoot(
      '',
      '<linearGradient id="a1e999"><stop offset="1" stop-color="#009e49"/></linearGradient>' +
        '<rect fill="url(#a1e999)" width="9" height="9"/><text font-family="Infinity Sans">x</text>',
    );
    expect(report.accepted, report.reason).toBe(true);
    expect(report.removed).toEqual([]);
    expect(report.svg).toContain('#009e49');
    expect(report.svg).toContain('-a1e999)');
    expect(report.svg).toContain('Infinity Sans');
  });
});
