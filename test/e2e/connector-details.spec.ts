import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  CONNECTOR_TYPE_INFO,
  CONNECTOR_TYPES,
  type ConnectorType,
} from '../../src/connectors/catalogue';
import { snapshotFolder } from '../unit/support/folder-snapshot';
import { expect, test } from './fixtures';

async function draftConnector(page: Page, name: string, type: ConnectorType): Promise<void> {
  await page.getByRole('button', { name: 'New connector' }).first().click();
  // Saves are durable (fsync), so wait for the new draft before typing into the form.
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled draft' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption(type);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/** Creating asks for a review of the values it fixes; the helper confirms it. */
async function createConnector(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Create connector' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and create' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Connector created.')).toBeVisible();
}

async function openConnector(page: Page, name: string): Promise<void> {
  await page.getByRole('list', { name: 'Connector list' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('creates a connector of each type, and they survive a restart', async ({ studio }) => {
  const { page } = studio;
  for (const type of CONNECTOR_TYPES) {
    await draftConnector(page, `${CONNECTOR_TYPE_INFO[type].label} connector`, type);
    await createConnector(page);
    await expect(page.getByText('Connector created.')).toBeVisible();
  }
  await studio.restart();
  const list = studio.page.getByRole('list', { name: 'Connector list' });
  await expect(list.getByRole('listitem')).toHaveCount(CONNECTOR_TYPES.length);
  for (const type of CONNECTOR_TYPES) {
    const row = list.getByRole('button', { name: `${CONNECTOR_TYPE_INFO[type].label} connector` });
    await expect(row).toContainText('Created');
    await expect(row).toContainText(CONNECTOR_TYPE_INFO[type].label);
  }
});

test('keeps "Create connector" disabled with the reasons until the rules hold', async ({
  studio,
}) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'New connector' }).first().click();
  const create = page.getByRole('button', { name: 'Create connector' });
  await expect(create).toBeDisabled();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(page.getByText('Type is required.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Shop import');
  await expect(page.getByText('Name is required.')).toHaveCount(0);
  await expect(create).toBeDisabled();
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption('datasource');
  await expect(create).toBeEnabled();
  await expect(page.getByLabel('Flow', { exact: true })).toHaveValue('default');
  await expect(page.getByLabel('Execution mode')).toHaveValue('as-env-variables');
});

test('edits a created connector after a restart and shows every lock', async ({ studio }) => {
  await draftConnector(studio.page, 'Feed export', 'export');
  await createConnector(studio.page);
  await studio.restart();
  const { page } = studio;
  await openConnector(page, 'Feed export');
  for (const label of ['Type', 'Flow', 'Execution mode', 'Owner']) {
    const field = page.getByRole('main').getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('readonly', '');
    await expect(field).toHaveAccessibleDescription(/Fixed at creation; duplicate the connector/);
  }
  await page.getByLabel('Name', { exact: true }).fill('Feed export v2');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await studio.restart();
  await openConnector(studio.page, 'Feed export v2');
});

test('the update channel refuses each locked field on a created connector', async ({ studio }) => {
  const { page } = studio;
  await draftConnector(page, 'Locked one', 'datasource');
  await createConnector(page);
  await expect(page.getByText('Connector created.')).toBeVisible();
  const before = await snapshotFolder(studio.dataDir);
  const changes = [
    { type: 'export' },
    { flow: 'standalone' },
    { executionMode: 'as-command-options' },
    { owner: crypto.randomUUID() },
  ];
  for (const change of changes) {
    const result = await page.evaluate(
      async ({ change }) => {
        const list = await window.api.connectors.list({});
        if (!list.ok) throw new Error('list failed');
        const id = list.value[0]!.id;
        return window.api.connectors.update({ id, changes: change as never });
      },
      { change },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'LOCKED_FIELD', field: Object.keys(change)[0] },
    });
  }
  expect(await snapshotFolder(studio.dataDir)).toEqual(before);
});

test('changing the type resets a flow that is no longer valid, and says so', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Show internal flows').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await draftConnector(page, 'Migrator', 'datasource');
  await page.getByLabel('Flow', { exact: true }).selectOption('migration');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption('download');
  await expect(page.getByText(/Flow was reset to Default/)).toBeVisible();
  await expect(page.getByLabel('Flow', { exact: true })).toHaveValue('default');
  await expect(page.getByLabel('Flow', { exact: true }).locator('option')).toHaveText([
    'Default',
    'Standalone',
  ]);
});

test('hides the Migration flow unless internal flows are on', async ({ studio }) => {
  const { page } = studio;
  await draftConnector(page, 'Plain', 'datasource');
  await expect(page.getByLabel('Flow', { exact: true }).locator('option')).toHaveText([
    'Default',
    'Standalone',
  ]);
  await expect(page.getByText(/Migration is internal to Productsup and hidden/)).toBeVisible();
});

test('duplicating a created connector gives an editable draft', async ({ studio }) => {
  const { page } = studio;
  await draftConnector(page, 'Original', 'transform');
  await createConnector(page);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Original - Copy' })).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Type', { exact: true })).not.toHaveAttribute(
    'readonly',
    '',
  );
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption('download');
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('exports the open connector to <name>.connector.json', async ({ studio }) => {
  const { page } = studio;
  await draftConnector(page, 'Shop: import', 'datasource');
  await page.getByLabel('Description', { exact: true }).fill('Imports products');
  await createConnector(page);
  const target = join(studio.dataDir, 'exported.connector.json');
  studio.dialogs.answerSave(target);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported to ${target}`)).toBeVisible();
  expect(studio.dialogs.saveRequests[0]?.defaultFileName).toBe('Shop- import.connector.json');
  const file = JSON.parse(await readFile(target, 'utf8'));
  expect(file).toMatchObject({
    formatVersion: 2,
    connectors: [
      {
        name: 'Shop: import',
        type: 'datasource',
        description: 'Imports products',
        flow: 'default',
        versions: [{ config: { execution: { 'execution-mode': 'as-env-variables' } } }],
        'x-studio': { status: 'created' },
      },
    ],
  });
});
