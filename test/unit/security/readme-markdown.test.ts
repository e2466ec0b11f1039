import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readmeTree, type ReadmeNode } from '../../../renderer/src/lib/markdown/readme-tree';
import { FRIENDLY_README, HOSTILE_READMES } from './hostile-readmes';

const ALLOWED_TAGS = new Set([
  'p',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'span',
]);

function* walk(nodes: readonly ReadmeNode[]): Generator<ReadmeNode> {
  for (const node of nodes) {
    yield node;
    if ('children' in node) yield* walk(node.children);
  }
}

function assertInert(tree: readonly ReadmeNode[]): void {
  for (const node of walk(tree)) {
    if (node.kind === 'element') expect(ALLOWED_TAGS).toContain(node.tag);
    if (node.kind === 'link') expect(node.href).toMatch(/^(https:|mailto:)/);
    if (node.kind === 'code') expect(node.language).toMatch(/^[\w+#.-]*$/);
    expect(
      Object.keys(node).every((key) =>
        ['kind', 'tag', 'start', 'children', 'text', 'href', 'block', 'language', 'alt'].includes(
          key,
        ),
      ),
    ).toBe(true);
  }
}

const textOf = (tree: readonly ReadmeNode[]) =>
  [...walk(tree)]
    .map((node) => ('text' in node ? node.text : 'alt' in node ? node.alt : ''))
    .join('');

describe('readme markdown', () => {
  test.each(HOSTILE_READMES)('$name renders inert', ({ source }) => {
    const tree = readmeTree(source);
    assertInert(tree);
    expect(textOf(tree)).not.toMatch(/^\s*$/);
  });

  test('raw HTML comes out as the text it was typed as', () => {
    expect(textOf(readmeTree('<script>window.__pwned=1</script>'))).toBe(
      '<script>window.__pwned=1</script>',
    );
  });

  test('a mermaid fence stays code and its language is only a label', () => {
    const [fence] = readmeTree('```mermaid\ngraph TD; A-->B\n```');
    expect(fence).toEqual({
      kind: 'code',
      block: true,
      language: 'mermaid',
      text: 'graph TD; A-->B\n',
    });
    const [hostile] = readmeTree('```js" onload="x\ncode\n```');
    expect(hostile).toMatchObject({ kind: 'code', language: '' });
  });

  test('keeps ordinary markdown: headings two levels down, lists, code and allowed links', () => {
    const tree = readmeTree(FRIENDLY_README);
    expect(tree[0]).toMatchObject({ kind: 'element', tag: 'h3' });
    const links = [...walk(tree)].filter((node) => node.kind === 'link');
    expect(links.map((link) => link.kind === 'link' && link.href)).toEqual([
      'https://example.com/guide',
      'mailto:team@example.com',
    ]);
    expect(
      [...walk(tree)].some((node) => node.kind === 'code' && node.text === 'connector --help'),
    ).toBe(true);
  });

  test('for any text, the tree holds only allowed elements and links', () => {
    const pieces = fc.constantFrom(
      '<script>',
      '</script>',
      '<img onerror=x>',
      '[a](',
      'javascript:',
      'https://e.x',
      ')',
      '```',
      '\n',
      '# ',
      '- ',
      '> ',
      '<',
      '>',
      '"',
      "'",
      '&#x6A;',
      '![i](',
      'mailto:x@y.z',
      '|a|b|\n|-|-|\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        assertInert(readmeTree(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
