/**
 * Connector-shaped test data for the benches and the large-list end-to-end test: valid
 * Connectors with varied names, types, statuses and change times, a ~2 KB readme and, when
 * asked, a ~5 KB sanitized-looking SVG logo. Deterministic for a given seed.
 */
import { CONNECTOR_TYPES, EXECUTION_MODES } from '../../src/connectors/catalogue';
import type { Connector } from '../../src/connectors/connector';

const WORDS = [
  'Amazon',
  'Awin',
  'Bing',
  'Criteo',
  'Facebook',
  'Google',
  'Idealo',
  'Kelkoo',
  'Meta',
  'Pinterest',
  'Rakuten',
  'Shopify',
  'Snapchat',
  'TikTok',
  'Zalando',
  'eBay',
  'Feed',
  'Stock',
  'Price',
  'Catalog',
  'Delta',
  'Images',
  'Orders',
  'Reviews',
  'SFTP',
  'Export',
  'Import',
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A version-4-shaped UUID made from `n`, so ids are stable across runs. */
export function fixtureId(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `c0ffee00-0000-4000-8000-${hex}`;
}

function prose(random: () => number, bytes: number): string {
  const out: string[] = ['# Readme\n\n'];
  let size = 10;
  while (size < bytes) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!.toLowerCase();
    out.push(word, random() < 0.1 ? '.\n' : ' ');
    size += word.length + 1;
  }
  return out.join('');
}

/** An SVG of about `bytes` bytes: a grid of coloured rectangles. */
export function fixtureLogo(random: () => number, bytes = 5000): string {
  const parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'];
  let size = parts[0]!.length + 6;
  while (size < bytes) {
    const x = Math.floor(random() * 60);
    const y = Math.floor(random() * 60);
    const colour = Math.floor(random() * 0xffffff)
      .toString(16)
      .padStart(6, '0');
    const rect = `<rect x="${x}" y="${y}" width="4" height="4" fill="#${colour}"/>`;
    parts.push(rect);
    size += rect.length;
  }
  parts.push('</svg>');
  return parts.join('');
}

export interface FixtureOptions {
  readonly owner: string;
  /** The logo of connector n, or null for none. */
  readonly logoFor: (n: number, random: () => number) => string | null;
}

export function fixtureConnector(n: number, random: () => number, o: FixtureOptions): Connector {
  const name = `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]} ${n}`;
  const changed = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  const created = n % 3 === 0;
  const svg = o.logoFor(n, random);
  return {
    id: fixtureId(n),
    status: created ? 'created' : 'draft',
    name,
    type: n % 11 === 10 && !created ? null : CONNECTOR_TYPES[n % CONNECTOR_TYPES.length]!,
    description: `Sends ${name} feeds.`.padEnd(120, '.'),
    flow: 'default',
    executionMode: EXECUTION_MODES[n % 2]!,
    owner: o.owner,
    readme: prose(random, 2000),
    logo: svg === null ? null : { svg, fileName: 'logo.svg', attachedAt: changed },
    createdAt: changed,
    updatedAt: changed,
    confirmedAt: created ? changed : null,
  };
}

export function fixtureConnectors(count: number, o: FixtureOptions, seed = 7): Connector[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => fixtureConnector(n, random, o));
}
