import { describe, expect, it } from 'vitest';
import { sanitizeLogo } from '../../../electron/main/logos';
import {
  LOGO_MAX_BYTES,
  LOGO_MAX_REFERENCE_CHAIN,
  LOGO_MAX_SELECTOR_COMBINATORS,
  LOGO_MAX_STYLE_RULES,
  LOGO_MAX_USES,
} from '../../../src/logos/logo-report';
import { WORST_CASES } from './worst-cases';

/**
 * Inputs that once froze the app: each must now be refused with its specific code, or accepted
 * with an output within the size limit. How long each takes is printed by `npm run bench`.
 */
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;
const times = (count: number, part: (i: number) => string): string =>
  Array.from({ length: count }, (_, i) => part(i)).join('');

describe('worst cases', () => {
  for (const worst of WORST_CASES) {
    it(`${worst.name}: ${worst.outcome}`, () => {
      const bytes = encode(worst.build());
      expect(bytes.length).toBeLessThanOrEqual(LOGO_MAX_BYTES);
      const report = sanitizeLogo(bytes);
      if (worst.outcome !== 'accepted') {
        expect(report.accepted, 'accepted').toBe(false);
        expect(report.code, report.reason).toBe(worst.outcome);
        expect(report.reason).toMatch(/\w+ \w+ \w+/);
        return;
      }
      expect(report.accepted, report.reason).toBe(true);
      expect(report.bytesOut).toBeLessThanOrEqual(LOGO_MAX_BYTES);
      expect(report.svg).not.toMatch(/Infinity|NaN/);
    });
  }
});

describe('caps sit exactly at their limits', () => {
  it('accepts LOGO_MAX_USES uses and refuses one more', () => {
    const uses = (n: number): Uint8Array =>
      encode(svg(`<path id="p" d="M0 0h1v1z"/>${times(n, () => '<use href="#p"/>')}`));
    expect(sanitizeLogo(uses(LOGO_MAX_USES)).accepted).toBe(true);
    expect(sanitizeLogo(uses(LOGO_MAX_USES + 1)).code).toBe('too-many-uses');
  });

  it('accepts a chain of LOGO_MAX_REFERENCE_CHAIN links and refuses a longer one', () => {
    const chain = (links: number): Uint8Array =>
      encode(
        svg(
          times(links + 1, (i) =>
            i < links
              ? `<linearGradient id="g${i}" href="#g${i + 1}"/>`
              : `<linearGradient id="g${i}"><stop offset="1" stop-color="red"/></linearGradient>`,
          ) + '<rect fill="url(#g0)" width="9" height="9"/>',
        ),
      );
    expect(sanitizeLogo(chain(LOGO_MAX_REFERENCE_CHAIN)).accepted).toBe(true);
    expect(sanitizeLogo(chain(LOGO_MAX_REFERENCE_CHAIN + 1)).code).toBe('reference-chain');
  });

  it('accepts LOGO_MAX_STYLE_RULES selectors and refuses one more', () => {
    const rules = (n: number): Uint8Array =>
      encode(svg(`<style>${times(n, (i) => `.c${i}{fill:red}`)}</style><rect class="c1"/>`));
    expect(sanitizeLogo(rules(LOGO_MAX_STYLE_RULES)).accepted).toBe(true);
    expect(sanitizeLogo(rules(LOGO_MAX_STYLE_RULES + 1)).code).toBe('too-many-style-rules');
  });

  it('keeps a selector of LOGO_MAX_SELECTOR_COMBINATORS combinators and drops a longer one', () => {
    const selector = (steps: number): string => `${'g '.repeat(steps)}rect{fill:red}`;
    const report = sanitizeLogo(
      encode(
        svg(
          `<style>${selector(LOGO_MAX_SELECTOR_COMBINATORS)}${selector(LOGO_MAX_SELECTOR_COMBINATORS + 1)}</style><g><rect/></g>`,
        ),
      ),
    );
    expect(report.accepted, report.reason).toBe(true);
    expect(report.removed).toContainEqual({ kind: 'overlong CSS selector', count: 1 });
    expect(report.svg?.match(/\{fill:red\}/g)).toHaveLength(1);
  });
});
