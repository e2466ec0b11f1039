import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * The readme as a tree of plain data that the preview renders with ordinary Svelte markup, so
 * no HTML string ever reaches the page. markdown-it parses with raw HTML off; only elements on
 * the list below survive, and only https: and mailto: links become links.
 */
export type ReadmeTag =
  | 'p'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'ul'
  | 'ol'
  | 'li'
  | 'blockquote'
  | 'strong'
  | 'em'
  | 's'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td'
  | 'hr'
  | 'br'
  | 'span';

export type ReadmeNode =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'code';
      readonly block: boolean;
      readonly language: string;
      readonly text: string;
    }
  | { readonly kind: 'image'; readonly alt: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: ReadmeNode[] }
  | {
      readonly kind: 'element';
      readonly tag: ReadmeTag;
      readonly start?: number;
      readonly children: ReadmeNode[];
    };

type Container = Extract<ReadmeNode, { children: ReadmeNode[] }>;

const ALLOWED_LINK = /^(https:|mailto:)/i;

const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
markdown.validateLink = (url) => ALLOWED_LINK.test(url.trim());

/** The page already uses h1 and h2; readme headings start two levels below. */
const HEADINGS: Readonly<Record<string, ReadmeTag>> = { h1: 'h3', h2: 'h4', h3: 'h5' };
const BLOCKS: ReadonlySet<string> = new Set([
  'p',
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
]);

function tagFor(token: Token): ReadmeTag {
  if (/^h[1-6]$/.test(token.tag)) return HEADINGS[token.tag] ?? 'h6';
  return BLOCKS.has(token.tag) ? (token.tag as ReadmeTag) : 'span';
}

/** A fence's info string is user text: keep one plain word of it, as a label only. */
function languageOf(info: string): string {
  const word = info.trim().split(/\s+/)[0] ?? '';
  return /^[\w+#.-]{1,30}$/.test(word) ? word : '';
}

function opened(token: Token): Container {
  if (token.type === 'link_open') {
    // markdown-it skips its validator for an empty destination: such links stay plain text.
    const href = token.attrGet('href') ?? '';
    return ALLOWED_LINK.test(href)
      ? { kind: 'link', href, children: [] }
      : { kind: 'element', tag: 'span', children: [] };
  }
  const start =
    token.type === 'ordered_list_open' ? Number(token.attrGet('start') ?? 1) : undefined;
  return start !== undefined && Number.isFinite(start)
    ? { kind: 'element', tag: 'ol', start, children: [] }
    : { kind: 'element', tag: tagFor(token), children: [] };
}

function leaf(token: Token): ReadmeNode | null {
  switch (token.type) {
    case 'text':
      return token.content === '' ? null : { kind: 'text', text: token.content };
    case 'softbreak':
      return { kind: 'text', text: '\n' };
    case 'hardbreak':
      return { kind: 'element', tag: 'br', children: [] };
    case 'hr':
      return { kind: 'element', tag: 'hr', children: [] };
    case 'code_inline':
      return { kind: 'code', block: false, language: '', text: token.content };
    case 'code_block':
    case 'fence':
      return { kind: 'code', block: true, language: languageOf(token.info), text: token.content };
    case 'image':
      return { kind: 'image', alt: token.children?.map((child) => child.content).join('') ?? '' };
    default:
      // Anything else (raw HTML cannot occur with html off) is shown as its source text.
      return token.content === '' ? null : { kind: 'text', text: token.content };
  }
}

function build(tokens: readonly Token[], into: Container): void {
  const stack: Container[] = [into];
  for (const token of tokens) {
    const parent = stack[stack.length - 1] ?? into;
    if (token.type === 'inline') {
      build(token.children ?? [], parent);
    } else if (token.nesting === 1) {
      // Tight list items hide their paragraph: its text goes straight into the item.
      const node = token.hidden ? parent : opened(token);
      if (node !== parent) parent.children.push(node);
      stack.push(node);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      const node = leaf(token);
      if (node) parent.children.push(node);
    }
  }
}

export function readmeTree(source: string): ReadmeNode[] {
  const root: Container = { kind: 'element', tag: 'span', children: [] };
  build(markdown.parse(source, {}), root);
  return root.children;
}
