import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFile } from './support/drop-file';
import { connectorList, seedDrafts } from './support/seed-drafts';
import { expect, test } from './fixtures';

let files: string;
test.beforeEach(async () => {
  files = await mkdtemp(join(tmpdir(), 'studio-definition-files-'));
});
test.afterEach(async () => {
  await rm(files, { recursive: true, force: true });
});

test('an import with a conflict asks once, then keeps both', async ({ studio }) => {
  const { page } = studio;
  await seedDrafts(page, [
    ['Shop import', 'datasource'],
    ['Marketplace feed', 'export'],
  ]);
  const bundle = join(files, 'team.connector.json');
  studio.dialogs.answerSave(bundle);
  await page.getByRole('button', { name: 'Export files…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export connectors' });
  await expect(exportDialog).toBeVisible();
  await exportDialog.getByLabel('Select all').check();
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported 2 connectors to ${bundle}`)).toBeVisible();

  studio.dialogs.answerOpen([bundle]);
  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import 2 connectors' });
  await expect(dialog.getByText('2 connectors already exist here')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Keep both/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByText('2 connectors imported (2 kept as copies).')).toBeVisible();
  await expect(connectorList(page).getByRole('listitem')).toHaveCount(4);
  await expect(
    connectorList(page).getByRole('button', { name: /Shop import - Copy/ }),
  ).toBeVisible();
});

test('an import with errors names each file, pointer and problem, and stores nothing', async ({
  studio,
}) => {
  const { page } = studio;
  await seedDrafts(page, [['Kept as it was', 'transform']]);
  const notJson = join(files, 'notes.connector.json');
  await writeFile(
    notJson,
    '{ "format": "connector-studio/connector-definition",\n  formatVersion: 2 }',
  );
  const newer = join(files, 'from-the-future.connector.json');
  await writeFile(
    newer,
    JSON.stringify({ format: 'connector-studio/connector-definition', formatVersion: 3 }),
  );
  studio.dialogs.answerOpen([notJson, newer]);
  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import problems' });
  await expect(dialog.getByRole('region', { name: 'notes.connector.json' })).toContainText(
    'The file is not valid JSON: at line 2, column 3, expected a quoted key, found "f".',
  );
  await expect(
    dialog.getByRole('region', { name: 'from-the-future.connector.json' }),
  ).toContainText('/formatVersion');
  await expect(dialog).toContainText('This file is format version 3');
  await expect(dialog).toContainText('Nothing was imported: 2 files have problems.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(connectorList(page).getByRole('listitem')).toHaveCount(1);
});

test('dropping a .json file on the list imports it; elsewhere a drop does nothing', async ({
  studio,
}) => {
  const { page } = studio;
  const path = join(files, 'dropped.connector.json');
  await writeFile(
    path,
    await readFile(join(import.meta.dirname, '../fixtures/definitions/v1-created.connector.json')),
  );
  const elsewhere = await dropFile(page.locator('main'), path, 'application/json');
  expect(elsewhere.dropPrevented).toBe(true);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await dropFile(
    page.getByRole('region', { name: 'Connector list drop zone' }),
    path,
    'application/json',
  );
  const dialog = page.getByRole('dialog', { name: 'Import 1 connector' });
  await expect(dialog).toContainText('Upgraded from format version 1');
  // Notes are prose: JSON paths belong only in the problem lists.
  await expect(dialog).not.toContainText('versions[0]');
  await expect(dialog).not.toContainText('x-studio');
  await expect(dialog).toContainText('which is not in your Settings');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await connectorList(page)
    .getByRole('button', { name: /Marketplace feed/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketplace feed' })).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Type', { exact: true })).toHaveAttribute(
    'readonly',
    '',
  );
});

test('exports a selection as a folder of one file per connector', async ({ studio }) => {
  const { page } = studio;
  await seedDrafts(page, [
    ['First', 'datasource'],
    ['Second', 'export'],
    ['Third', 'download'],
  ]);
  await connectorList(page)
    .getByRole('button', { name: /^Third / })
    .click();
  studio.dialogs.answerFolder(files);
  await page.getByRole('button', { name: 'Export files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export connectors' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: /First/ }).check();
  await dialog.getByRole('checkbox', { name: /Second/ }).check();
  await dialog.getByRole('radio', { name: /A folder with one/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported 3 files to ${files}`)).toBeVisible();
  expect((await readdir(files)).sort()).toEqual([
    'First.connector.json',
    'Second.connector.json',
    'Third.connector.json',
  ]);
});
