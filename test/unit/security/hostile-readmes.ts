/**
 * Readmes written to break a markdown preview: each names the trick it tries. Every one must
 * render inert: no element outside the preview's list, no handler, no link but https/mailto.
 */
export const HOSTILE_READMES: readonly { readonly name: string; readonly source: string }[] = [
  { name: 'script element', source: 'Intro\n\n<script>window.__pwned = "script"</script>\n' },
  { name: 'inline handler', source: '<img src=x onerror="window.__pwned = \'img\'">' },
  { name: 'iframe', source: '<iframe src="javascript:window.__pwned=1"></iframe>' },
  { name: 'object and embed', source: '<object data="x.swf"></object><embed src="x.swf">' },
  { name: 'form', source: '<form action="https://evil.example"><button>Go</button></form>' },
  { name: 'base', source: '<base href="https://evil.example/">\n\n[rel](docs)' },
  {
    name: 'meta refresh',
    source: '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  },
  {
    name: 'style and link',
    source: '<style>*{display:none}</style><link rel=stylesheet href=//e>',
  },
  { name: 'svg onload', source: '<svg><svg onload="window.__pwned=1"></svg></svg>' },
  { name: 'javascript link', source: '[click](javascript:window.__pwned=1)' },
  { name: 'javascript link, mixed case', source: '[click](JaVaScRiPt:window.__pwned=1)' },
  { name: 'javascript link, encoded', source: '[click](jav&#x09;ascript:window.__pwned=1)' },
  { name: 'javascript autolink', source: '<javascript:window.__pwned=1>' },
  { name: 'data link', source: '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'vbscript link', source: '[v](vbscript:msgbox(1))' },
  { name: 'file link', source: '[f](file:///etc/passwd)' },
  { name: 'smb and ms-msdt links', source: '[s](smb://evil.example/x) [m](ms-msdt:/id x)' },
  { name: 'http link', source: '[plain](http://example.com)' },
  { name: 'reference link', source: '[ref][x]\n\n[x]: javascript:window.__pwned=1' },
  { name: 'remote image', source: '![tracker](https://evil.example/pixel.png)' },
  { name: 'link title', source: '[t](https://example.com "\\" onmouseover=\\"window.__pwned=1")' },
  { name: 'fence info string', source: '```js" onload="window.__pwned=1\ncode\n```' },
  { name: 'mermaid fence', source: '```mermaid\ngraph TD; A["<img src=x onerror=alert(1)>"]\n```' },
  { name: 'html block', source: '<div onclick="window.__pwned=1">\n\n*inside*\n\n</div>' },
  { name: 'pasted html', source: '<p style="color:red"><a href="javascript:alert(1)">x</a></p>' },
  { name: 'entities', source: '&lt;script&gt;window.__pwned=1&lt;/script&gt;' },
];

/** Links in the corpus that are allowed and must reach the opener after a click. */
export const FRIENDLY_README = [
  '# Setup',
  '',
  'See [the guide](https://example.com/guide) or write to <mailto:team@example.com>.',
  '',
  '1. Install',
  '2. Run `connector --help`',
].join('\n');
