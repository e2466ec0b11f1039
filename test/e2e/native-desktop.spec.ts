import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function namedDraft(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${MOD}+n`);
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type(name);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

test('menu items and their shortcuts run the same commands', async ({ studio }) => {
  const { page } = studio;
  await studio.menu('duplicate');
  await expect(page.getByText('Duplicate works on the open connector')).toBeVisible();
  await studio.menu('new-connector');
  await page.getByLabel('Name', { exact: true }).fill('Feed');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.keyboard.press(`${MOD}+d`);
  await expect(page.getByRole('heading', { level: 1, name: 'Feed - Copy' })).toBeVisible();
  await studio.menu('duplicate');
  await expect(page.getByRole('heading', { level: 1, name: 'Feed - Copy - Copy' })).toBeVisible();
  await page.keyboard.press(`${MOD}+Comma`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press(`${MOD}+Shift+B`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bin' })).toBeVisible();
  await expect(page.getByText('The bin is empty.')).toBeVisible();
});

test('Move to Bin is undone from its notice, or later from the Bin view', async ({ studio }) => {
  const { page } = studio;
  await namedDraft(page, 'Keep me');
  await page.keyboard.press(`${MOD}+Shift+Backspace`);
  await expect(page.getByText('Moved "Keep me" to the bin.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Connector list' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keep me' })).toBeVisible();

  await studio.menu('move-to-bin');
  await studio.restart();
  await studio.menu('show-bin');
  const bin = studio.page.getByRole('list', { name: 'Connectors in the bin' });
  await bin.getByRole('button', { name: 'Restore Keep me' }).click();
  await expect(studio.page.getByText('Restored "Keep me" to the connector list.')).toBeVisible();
  await expect(studio.page.getByText('The bin is empty.')).toBeVisible();
  await expect(
    studio.page.getByRole('list', { name: 'Connector list' }).getByRole('button', {
      name: /Keep me/,
    }),
  ).toBeVisible();
});

test('the whole wizard works from the keyboard, with visible focus', async ({ studio }) => {
  const { page } = studio;
  await namedDraft(page, 'Keyboard only');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByLabel('Type', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('main').getByLabel('Type', { exact: true })).toHaveValue(
    'datasource',
  );
  const create = page.getByRole('button', { name: 'Create connector' });
  for (let step = 0; step < 40; step += 1) {
    if (await create.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement;
      return active ? getComputedStyle(active).outlineStyle : 'none';
    });
    expect(outline, 'every focused control shows a focus ring').not.toBe('none');
  }
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create “Keyboard only”?' });
  await expect(dialog).toContainText("These can't be changed later.");
  await expect(dialog.getByRole('button', { name: 'Confirm and create' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(create).toBeFocused();
  await expect(page.getByRole('main').getByText('Draft', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Connector created.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
});

test('the review lists exactly the four values that creation fixes', async ({ studio }) => {
  const { page } = studio;
  await namedDraft(page, 'Review me');
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption('export');
  await page.getByLabel('Execution mode').selectOption('as-command-options');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: 'Create connector' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('dt')).toHaveText(['Type', 'Flow', 'Execution mode', 'Owner']);
  await expect(dialog.locator('dd')).toHaveText([
    'Export',
    'Default',
    'Command options',
    'My organization',
  ]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('main').getByLabel('Type', { exact: true })).not.toHaveAttribute(
    'readonly',
    '',
  );
});

test('theme and the open connector are remembered across a restart', async ({ studio }) => {
  await namedDraft(studio.page, 'Remembered');
  await studio.menu('theme-dark');
  await expect(studio.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await studio.restart();
  const { page } = studio;
  await expect(page.getByRole('heading', { level: 1, name: 'Remembered' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await studio.menu('show-settings');
  await page.getByRole('radio', { name: 'Match the system' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});
