import { describe, expect, it } from 'vitest';
import { detailsShape } from '../../../src/connectors/connector';
import { organizationSchema } from '../../../src/settings/settings';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

describe('names, descriptions and readmes hold only visible text', () => {
  it.each([
    ['a NUL', 'Shop\u0000feed', 'U+0000'],
    ['an escape', 'Shop\u001b[31m', 'U+001B'],
    ['a tab', 'Shop\tfeed', 'U+0009'],
    ['a line break', 'Shop\nfeed', 'U+000A'],
    ['DEL', 'Shop\u007f', 'U+007F'],
    ['a C1 control', 'Shop\u0085', 'U+0085'],
    ['a right-to-left override', 'gpj.\u202eexe', 'U+202E'],
    ['a left-to-right embedding', '\u202aShop', 'U+202A'],
    ['a first-strong isolate', 'Shop\u2068', 'U+2068'],
  ])('a name with %s is refused, naming the character', (_label, name, code) => {
    expect(messageOf(detailsShape.name.safeParse(name))).toBe(
      `Name contains an invisible control character (${code}).`,
    );
  });

  it('a lone surrogate is refused as a broken character', () => {
    expect(messageOf(detailsShape.name.safeParse('Shop\ud800'))).toBe(
      'Name contains a broken character (U+D800, half of a pair).',
    );
    expect(messageOf(detailsShape.readme.safeParse('\udc00 readme'))).toBe(
      'Readme contains a broken character (U+DC00, half of a pair).',
    );
  });

  it('descriptions and readmes keep tabs and line breaks but refuse the rest', () => {
    expect(detailsShape.readme.safeParse('## Setup\r\n\n\tindented').success).toBe(true);
    expect(detailsShape.description.safeParse('Line one\nLine two').success).toBe(true);
    expect(messageOf(detailsShape.description.safeParse('x\u0007'))).toBe(
      'Description contains an invisible control character (U+0007).',
    );
    expect(messageOf(detailsShape.readme.safeParse('x\u2066y\u2069'))).toBe(
      'Readme contains an invisible control character (U+2066).',
    );
  });

  it('accepts ordinary text in any script, emoji and right-to-left letters', () => {
    for (const name of ['Café Feed', 'متجر', 'שלום', '商品フィード', 'Feed 🚀', 'A\u200dB']) {
      expect(detailsShape.name.safeParse(name).success).toBe(true);
    }
  });

  it('organization names follow the same rule', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    expect(messageOf(organizationSchema.safeParse({ id, name: 'Acme\u202e' }))).toBe(
      'The organization name contains an invisible control character (U+202E).',
    );
    expect(organizationSchema.safeParse({ id, name: 'Acme GmbH' }).success).toBe(true);
  });
});
