import type { LogoRefusalCode } from '../../../src/logos/logo-report';

/**
 * Logos built to be slow: each one made a sanitizer step take seconds to minutes before the
 * complexity caps and svgo plans existed. The unit tests check the outcome of each; the bench
 * (`npm run bench`) prints how long each takes. Generated in code, deterministic.
 */
export interface WorstCase {
  name: string;
  build: () => string;
  /** The refusal expected, or 'accepted' (then the output must stay within the size limit). */
  outcome: LogoRefusalCode | 'accepted';
}

const svg = (body: string, attrs = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000"${attrs}>${body}</svg>`;

/** `count` copies of `part(i)`, joined. */
const times = (count: number, part: (i: number) => string): string =>
  Array.from({ length: count }, (_, i) => part(i)).join('');

/** Seeded so that every run measures the same bytes. */
function numbers(seed: number): (scale?: number) => string {
  let state = seed;
  return (scale = 1000) => {
    state = (state * 16807) % 2147483647;
    return ((state / 2147483647) * scale).toFixed(2);
  };
}

function classRules(count: number): string {
  return svg(
    `<style>${times(count, (i) => `.c${i}{fill:red}`)}</style>` +
      times(count, (i) => `<rect class="c${i} x1 x2 x3" width="1" height="1"/>`),
  );
}

function curvePath(paths: number, segments: number): string {
  const n = numbers(3);
  const curve = (): string => `c${n(10)} ${n(10)} ${n(10)} ${n(10)} ${n(10)} ${n(10)}`;
  return svg(times(paths, () => `<path d="M0 0${times(segments, curve)}"/>`));
}

function separatePaths(count: number): string {
  const n = numbers(5);
  return svg(times(count, () => `<path d="M${n()} ${n()}L${n()} ${n()}L${n()} ${n()}z"/>`));
}

export const WORST_CASES: WorstCase[] = [
  {
    name: '3,000 class rules × 3,000 elements',
    build: () => classRules(3000),
    outcome: 'too-many-style-rules',
  },
  {
    name: '1,000 class rules × 1,000 elements',
    build: () => classRules(1000),
    outcome: 'style-too-complex',
  },
  {
    name: '20,000 style rules',
    build: () =>
      svg(`<style>${times(20_000, (i) => `.c${i} g>g~g{fill:rgb(${i % 255},0,0)}`)}</style>`),
    // One declaration per rule: the declaration cap is reached before the selector count.
    outcome: 'too-many-style-declarations',
  },
  {
    name: '2,000 type rules over 200 nested groups',
    build: () =>
      svg(
        `<style>${times(2000, () => 'g path{fill:red}')}</style>` +
          `${'<g>'.repeat(200)}${times(7000, () => '<path d="M0 0h1v1z"/>')}${'</g>'.repeat(200)}`,
      ),
    outcome: 'style-too-complex',
  },
  {
    name: 'selector of 400,000 descendant steps',
    build: () => svg(`<style>${'g '.repeat(400_000)}{fill:red}</style><g/>`),
    outcome: 'accepted',
  },
  {
    name: 'backtracking selector in 190 nested groups',
    build: () =>
      svg(
        `<style>rect${' g'.repeat(16)}{fill:red}</style>` +
          `${'<g>'.repeat(190)}<path d="M0 0h1v1z"/>${'</g>'.repeat(190)}`,
      ),
    outcome: 'accepted',
  },
  {
    name: 'styled ancestors 250 deep',
    build: () =>
      svg(
        '<g style="fill:red;opacity:.9">'.repeat(250) +
          times(440, () => '<path style="fill:red" d="M0 0h1v1z"/>') +
          '</g>'.repeat(250),
      ),
    outcome: 'accepted',
  },
  { name: 'one path of 25,000 c segments', build: () => curvePath(1, 25_000), outcome: 'accepted' },
  { name: '16 paths of 1,990 c segments', build: () => curvePath(16, 1990), outcome: 'accepted' },
  {
    name: 'one path of 30,000 arcs',
    build: () => {
      const n = numbers(7);
      return svg(
        `<path d="M0 0${times(30_000, () => `a${n(10)} ${n(10)} ${n(360)} 1 0 ${n(10)} ${n(10)}`)}"/>`,
      );
    },
    outcome: 'accepted',
  },
  {
    name: 'polygon of 100,000 points',
    build: () => svg(`<polygon points="${times(100_000, (i) => `${i % 997},${i % 991} `)}"/>`),
    outcome: 'accepted',
  },
  { name: '9,000 separate paths', build: () => separatePaths(9000), outcome: 'accepted' },
  { name: '3,400 sibling paths', build: () => separatePaths(3400), outcome: 'accepted' },
  {
    name: '9,801 paths in 99 groups',
    build: () => {
      const n = numbers(9);
      const path = (): string => `<path d="M${n()} ${n()}L${n()} ${n()}L${n()} ${n()}z"/>`;
      return svg(times(99, () => `<g fill="red">${times(99, path)}</g>`));
    },
    outcome: 'accepted',
  },
  {
    name: '9,000 <use> of one path',
    build: () =>
      svg(`<defs><path id="p" d="M0 0h1v1z"/></defs>${times(9000, () => '<use href="#p"/>')}`),
    outcome: 'too-many-uses',
  },
  {
    name: 'chain of 9,000 gradients',
    build: () =>
      svg(
        times(9000, (i) => `<linearGradient id="g${i}" href="#g${i + 1}"/>`) +
          '<rect fill="url(#g0)" width="9" height="9"/>',
      ),
    outcome: 'reference-chain',
  },
  {
    name: 'style attribute of 100,000 declarations',
    build: () => svg(`<rect style="${'fill:red;'.repeat(100_000)}"/>`),
    outcome: 'too-many-style-declarations',
  },
  {
    name: 'style of 200,000 unclosed url(',
    build: () => svg(`<rect style="fill:${'url('.repeat(200_000)}"/>`),
    outcome: 'accepted',
  },
  {
    name: 'selector of 400,000 unclosed (',
    build: () => svg(`<style>${'('.repeat(400_000)}{fill:red}</style>`),
    outcome: 'accepted',
  },
  {
    name: 'text of 1,000,000 ">" (4 MB once escaped)',
    build: () => svg(`<text>${'>'.repeat(1_000_000)}</text>`),
    outcome: 'output-too-large',
  },
];
