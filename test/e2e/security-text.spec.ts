import fc from 'fast-check';
import { expect, test } from './fixtures';

/** Markup that would act if any view treated text as HTML. */
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '"><b>bold</b>',
  "'><a href=javascript:alert(1)>x</a>",
  '{@html x}',
  '&lt;i&gt;&amp;',
  '</title><script>window.__pwned=1</script>',
];

const markupText = (max: number) =>
  fc
    .tuple(fc.constantFrom(...MARKUP), fc.string({ maxLength: 20 }), fc.constantFrom(...MARKUP))
    .map(([head, middle, tail]) => `N ${head}${middle}${tail}`.slice(0, max).trim());

const ACTIVE = 'script, iframe, svg, b, img[onerror], a[href^="javascript"]';

test('names, descriptions and owners full of markup show as text in every view', async ({
  studio,
}) => {
  const { page } = studio;
  const baseline = await page.locator(ACTIVE).count();
  await fc.assert(
    fc.asyncProperty(
      markupText(200),
      markupText(1000),
      markupText(120),
      async (name, description, orgName) => {
        const ids = await page.evaluate(
          async ({ name, description, orgName }) => {
            const settings = await window.api.settings.get({});
            if (!settings.ok) throw new Error(settings.error.message);
            const [own] = settings.value.organizations;
            if (!own) throw new Error('no organization');
            const organizations = [
              { ...own, name: orgName },
              ...settings.value.organizations.slice(1),
            ];
            await window.api.settings.update({ settings: { ...settings.value, organizations } });
            const draft = await window.api.connectors.newDraft({});
            if (!draft.ok) throw new Error(draft.error.message);
            const changes = { name, description, type: 'datasource' as const };
            const updated = await window.api.connectors.update({ id: draft.value.id, changes });
            if (!updated.ok) throw new Error(updated.error.message);
            return draft.value.id;
          },
          { name, description, orgName },
        );
        expect(ids).toBeTruthy();
        await page.reload();
        // List
        const row = page
          .getByRole('list', { name: 'Connector list' })
          .getByRole('button', { name });
        await expect(row.first()).toBeVisible();
        await row.first().click();
        // Form, heading and window title
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
        await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
        await expect(page.getByLabel('Description', { exact: true })).toHaveValue(description);
        await expect(
          page.getByLabel('Owner', { exact: true }).locator('option').first(),
        ).toContainText(orgName);
        expect(await page.title()).toBe(`${name} — Connector Studio`);
        // Dialog: the review before creation names the connector and its owner
        await page.getByRole('button', { name: 'Create connector' }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('heading').first()).toHaveText(`Create “${name}”?`);
        await expect(dialog).toContainText(orgName);
        await page.screenshot({ path: 'test-results/screens/markup-as-text.png' });
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        expect(await page.locator(ACTIVE).count()).toBe(baseline);
        expect(
          await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
      },
    ),
    { numRuns: 4 },
  );
});
