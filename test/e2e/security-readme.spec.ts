import type { Page } from '@playwright/test';
import { FRIENDLY_README, HOSTILE_READMES } from '../unit/security/hostile-readmes';
import { expect, test } from './fixtures';

const FORBIDDEN_ELEMENTS =
  'script, iframe, object, embed, form, base, meta, style, link, img, svg, input, button';

async function newDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New connector' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Readme check');
}

/** Everything inside the preview that could act: foreign elements, handlers, odd links. */
async function activeContent(page: Page): Promise<string[]> {
  return page.locator('.preview-body').evaluate((body, selector) => {
    const found: string[] = [];
    for (const element of Array.from(body.querySelectorAll('*'))) {
      if (element.matches(selector)) found.push(`<${element.localName}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
      }
      const href = element.getAttribute('href');
      if (href !== null && !/^(https:|mailto:)/.test(href)) found.push(`href=${href}`);
    }
    return found;
  }, FORBIDDEN_ELEMENTS);
}

test('every hostile readme renders inert, and clicking its links leaves the window where it is', async ({
  studio,
}) => {
  const { page } = studio;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await newDraft(page);
  const start = page.url();
  const readme = page.getByLabel('Readme', { exact: true });
  const preview = page.getByRole('region', { name: 'Preview' });
  for (const { name, source } of HOSTILE_READMES) {
    await readme.fill(source);
    await expect(preview, name).not.toContainText('Nothing to preview yet.');
    expect(await activeContent(page), name).toEqual([]);
    for (const link of await preview.getByRole('link').all()) {
      await link.click();
      await link.click({ button: 'middle' });
    }
    expect(page.url(), name).toBe(start);
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(studio.links.opened.every((url) => /^(https:|mailto:)/.test(url))).toBe(true);
  expect(page.context().pages()).toHaveLength(1);
});

test('allowed links open in the browser through main, after a click only', async ({ studio }) => {
  const { page } = studio;
  await newDraft(page);
  await page.getByLabel('Readme', { exact: true }).fill(FRIENDLY_README);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Setup' })).toBeVisible();
  expect(studio.links.opened).toEqual([]);
  await preview.getByRole('link', { name: 'the guide' }).click();
  await expect(preview.getByRole('status')).toHaveText(
    'Opened https://example.com/guide in your browser.',
  );
  await preview.getByRole('link', { name: 'mailto:team@example.com' }).click();
  expect(studio.links.opened).toEqual(['https://example.com/guide', 'mailto:team@example.com']);
  await page.screenshot({ path: 'test-results/screens/readme-editor.png', fullPage: true });
});

test('a refused link is named in words and nothing opens', async ({ studio }) => {
  const { page } = studio;
  await newDraft(page);
  // The renderer only links https: and mailto:, so ask main directly with what it must refuse.
  const result = await page.evaluate(() =>
    window.api.links.openExternal({ url: 'file:///C:/Windows/System32/calc.exe' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(studio.links.opened).toEqual([]);
});

test('pasted HTML is stored as the text it is and previews as text', async ({ studio }) => {
  const { page } = studio;
  await newDraft(page);
  const pasted =
    '<p><a href="javascript:window.__pwned=1">Click</a><img src=x onerror=alert(1)></p>';
  const readme = page.getByLabel('Readme', { exact: true });
  await readme.focus();
  await readme.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', html);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, pasted);
  // A synthetic paste inserts nothing by itself; typing the clipboard's text is what a paste does.
  await page.keyboard.insertText(pasted);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(pasted);
  expect(await activeContent(page)).toEqual([]);
  const id = await page.evaluate(async () => {
    const list = await window.api.connectors.list({});
    return list.ok ? list.value[0]?.id : undefined;
  });
  const stored = await page.evaluate(
    async (connectorId) => window.api.connectors.get({ id: connectorId ?? '' }),
    id,
  );
  expect(stored).toMatchObject({ ok: true, value: { readme: pasted } });
});
