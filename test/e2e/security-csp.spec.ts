import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window/content-security-policy';
import { expect, test } from './fixtures';

/**
 * Known-bad HTML put straight into the page, past every sanitizer: an inline script and an
 * inline handler. Returns what ran and which CSP directives objected.
 */
async function injectBypassingSanitizer(page: Page): Promise<{ ran: unknown; blocked: string[] }> {
  return page.evaluate(async () => {
    const blocked: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      blocked.push(event.effectiveDirective),
    );
    const html =
      '<script>window.__pwned = "inline script"</script>' +
      '<img alt="" src="data:," onerror="window.__pwned = 2" onload="window.__pwned = 3">';
    document.body.append(document.createRange().createContextualFragment(html));
    // Wait for an outcome either way: the payload ran, or both injections were refused.
    const settled = () =>
      (window as { __pwned?: unknown }).__pwned !== undefined || blocked.length >= 2;
    for (let waited = 0; !settled() && waited < 5_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return { ran: (window as { __pwned?: unknown }).__pwned, blocked };
  });
}

test('the app is served with the production CSP header', async ({ studio }) => {
  const header = await studio.page.evaluate(async () =>
    (await fetch('/index.html')).headers.get('content-security-policy'),
  );
  expect(header).toBe(CONTENT_SECURITY_POLICY);
});

test('the CSP alone blocks injected inline script and handlers', async ({ studio }) => {
  const { ran, blocked } = await injectBypassingSanitizer(studio.page);
  expect(ran).toBeUndefined();
  expect(blocked).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('control: without the CSP the same injection runs, so the test above can fail', async ({
  studio,
}) => {
  const page = await studio.page.context().newPage();
  await page.setContent('<!doctype html><title>no policy</title><body></body>');
  const { ran, blocked } = await injectBypassingSanitizer(page);
  expect(ran).toBeDefined();
  expect(blocked).toEqual([]);
  await page.close();
});
