import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusDir } from '../unit/logos/corpus';
import { expect, test } from './fixtures';
import { dropFile } from './support/drop-file';

const CORPUS = corpusDir;

async function newDraft(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New connector' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

test('a logo dropped on the zone is sanitized, previewed, attached and exported', async ({
  studio,
}) => {
  const { page } = studio;
  await newDraft(page, 'Logo owner');
  await dropFile(
    page.getByRole('region', { name: 'Logo drop zone' }),
    join(CORPUS, 'hostile/script-inline.svg'),
  );
  const report = page.getByRole('region', { name: 'Logo check for script-inline.svg' });
  await expect(report).toContainText('is safe to use');
  await expect(report).toContainText('script element');
  await expect(report.getByRole('img')).toHaveCount(6);
  await report.getByRole('button', { name: 'Use this logo' }).click();
  await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await expect(page.getByText('script-inline.svg')).toBeVisible();

  const row = page
    .getByRole('list', { name: 'Connector list' })
    .getByRole('button', { name: /Logo owner/ });
  await expect(row.locator('img')).toHaveCount(1);

  const target = join(studio.dataDir, 'logo.connector.json');
  studio.dialogs.answerSave(target);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported to ${target}`)).toBeVisible();
  const exported = JSON.parse(await readFile(target, 'utf8'));
  const svg: string = exported.connectors[0]['x-studio'].logo.svg;
  expect(svg).toContain('#2f6fde');
  expect(svg.toLowerCase()).not.toContain('<script');

  await studio.restart();
  await studio.page
    .getByRole('list', { name: 'Connector list' })
    .getByRole('button', { name: /Logo owner/ })
    .click();
  await expect(studio.page.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await studio.page.getByRole('button', { name: 'Remove' }).click();
  await expect(studio.page.getByRole('img', { name: 'Current logo' })).toHaveCount(0);
});

test('an invalid file is refused with its reason and nothing is attached', async ({ studio }) => {
  const { page } = studio;
  await newDraft(page, 'Refusal');
  await dropFile(
    page.getByRole('region', { name: 'Logo drop zone' }),
    join(CORPUS, 'tricky-invalid/png-bytes-renamed.svg'),
  );
  const report = page.getByRole('region', { name: 'Logo check for png-bytes-renamed.svg' });
  await expect(report).toContainText('was refused');
  await expect(report.getByRole('button', { name: 'Use this logo' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Current logo' })).toHaveCount(0);
});

test('"Choose file…" goes through the native open dialog in the main process', async ({
  studio,
}) => {
  const { page } = studio;
  await newDraft(page, 'Chooser');
  studio.dialogs.answerOpen([join(CORPUS, 'benign/gradient-linear-fill.svg')]);
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByRole('button', { name: 'Use this logo' }).click();
  await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await expect(page.getByText('gradient-linear-fill.svg')).toBeVisible();
  expect(studio.dialogs.openRequests[0]?.filters[0]?.extensions).toEqual(['svg', 'svgz']);
});

test('a file dropped outside the zone does nothing', async ({ studio }) => {
  const { page } = studio;
  await newDraft(page, 'Elsewhere');
  const before = page.url();
  const logo = join(CORPUS, 'benign/gradient-linear-fill.svg');
  for (const target of [
    page.getByLabel('Description', { exact: true }),
    page.getByRole('heading', { level: 1 }),
  ]) {
    expect(await dropFile(target, logo), 'the window cancels the browser opening the file').toEqual(
      { dropPrevented: true },
    );
  }
  expect(page.url()).toBe(before);
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('');
  await expect(page.getByRole('region', { name: /Logo check/ })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Current logo' })).toHaveCount(0);
});
