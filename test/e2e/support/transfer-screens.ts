import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Screen } from './screens';
import { dropContent } from './drop-file';
import { connectorList, seedDrafts } from './seed-drafts';

const V1_FILE = join(import.meta.dirname, '../../fixtures/definitions/v1-created.connector.json');

/** Drops definition files on the list, as from a file manager; no file has to exist on disk. */
async function dropDefinition(page: Page, name: string, text: string): Promise<void> {
  await dropContent(
    page.getByRole('region', { name: 'Connector list drop zone' }),
    name,
    text,
    'application/json',
  );
}

/** The export and import dialogs, which read and write definition files. */
export const TRANSFER_SCREENS: readonly Screen[] = [
  {
    name: 'export-dialog',
    show: async ({ page }) => {
      await seedDrafts(page, [
        ['Shop import', 'datasource'],
        ['Marketplace feed', 'export'],
      ]);
      await page.getByRole('button', { name: 'Export files…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export connectors' });
      await dialog.getByLabel('Select all').check();
    },
  },
  {
    name: 'import-upgrade',
    show: async ({ page }) => {
      await dropDefinition(page, 'marketplace.connector.json', await readFile(V1_FILE, 'utf8'));
      await expect(page.getByRole('dialog', { name: 'Import 1 connector' })).toContainText(
        'Upgraded from format version 1',
      );
    },
  },
  {
    name: 'import-conflict',
    show: async ({ page }) => {
      const text = await readFile(V1_FILE, 'utf8');
      await dropDefinition(page, 'marketplace.connector.json', text);
      await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
      await expect(connectorList(page).getByRole('listitem')).toHaveCount(1);
      await dropDefinition(page, 'marketplace-again.connector.json', text);
      await expect(page.getByRole('dialog')).toContainText('1 connector already exists here');
    },
  },
  {
    name: 'import-errors',
    show: async ({ page }) => {
      await seedDrafts(page, [['Kept as it was', 'transform']]);
      const notJson = '{ "format": "connector-studio/connector-definition",\n  formatVersion: 2 }';
      await dropDefinition(page, 'notes.connector.json', notJson);
      await expect(page.getByRole('dialog', { name: 'Import problems' })).toBeVisible();
    },
  },
];
