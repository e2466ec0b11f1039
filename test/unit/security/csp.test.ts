import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/window/content-security-policy';

const INDEX_HTML = resolve(import.meta.dirname, '../../../renderer/index.html');

function directives(policy: string): Map<string, string> {
  const entries = policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const [name = '', ...sources] = part.split(/\s+/);
      return [name, sources.join(' ')];
    });
  return new Map(entries);
}

function metaPolicy(): string {
  const html = readFileSync(INDEX_HTML, 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('index.html has no CSP meta tag');
  return match[1];
}

describe('the renderer Content-Security-Policy', () => {
  test('csp_evaluator finds nothing of high severity', () => {
    const parsed = new CspParser(CONTENT_SECURITY_POLICY).csp;
    const findings = new CspEvaluator(parsed).evaluate();
    const serious = findings.filter(
      (finding) => finding.severity === Severity.HIGH || finding.severity === Severity.SYNTAX,
    );
    expect(serious.map((finding) => `${finding.directive}: ${finding.description}`)).toEqual([]);
  });

  test('names no remote source and allows no inline or eval script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  });

  test('closes every directive that does not fall back to default-src', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(policy.get('frame-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  test('the meta tag in index.html repeats the header, minus what a meta tag cannot carry', () => {
    // Browsers ignore frame-ancestors in a meta tag; only the header can set it.
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(metaPolicy())).toEqual(header);
  });
});
