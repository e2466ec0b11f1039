import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { StudioApp } from '../fixtures';
import { corpusDir } from '../../unit/logos/corpus';
import { dropFile } from './drop-file';
import { TRANSFER_SCREENS } from './transfer-screens';

export type ThemeName = 'light' | 'dark';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

/** One screen of the app, reached from a fresh data folder the way a user would get there. */
export interface Screen {
  readonly name: string;
  show(studio: StudioApp): Promise<void>;
}

/** Chooses the theme through the View menu, as a user would. */
export async function useTheme(studio: StudioApp, theme: ThemeName): Promise<void> {
  await studio.menu(theme === 'dark' ? 'theme-dark' : 'theme-light');
  await expect(studio.page.locator('html')).toHaveAttribute('data-theme', theme);
}

async function draft(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New connector' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption('datasource');
  await page.getByLabel('Description', { exact: true }).fill('Imports the product feed of a shop');
  await expect(page.getByText('All changes saved')).toBeVisible();
}

export const SCREENS: readonly Screen[] = [
  {
    name: 'empty',
    show: async ({ page }) => {
      await expect(page.getByText('You have no connectors yet.')).toBeVisible();
    },
  },
  {
    name: 'new-draft',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'New connector' }).first().click();
      await expect(page.getByText('Before you can create it:')).toBeVisible();
    },
  },
  {
    name: 'draft-ready',
    show: async ({ page }) => draft(page, 'Shop feed import'),
  },
  {
    name: 'review-create',
    show: async ({ page }) => {
      await draft(page, 'Shop feed import');
      await page.getByRole('button', { name: 'Create connector' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'created',
    show: async ({ page }) => {
      await draft(page, 'Shop feed import');
      await page.getByRole('button', { name: 'Create connector' }).click();
      await page.getByRole('button', { name: 'Confirm and create' }).click();
      await expect(page.getByText('Connector created.')).toBeVisible();
    },
  },
  {
    name: 'moved-to-bin',
    show: async (studio) => {
      await draft(studio.page, 'Old experiment');
      await studio.menu('move-to-bin');
      await expect(studio.page.getByRole('button', { name: 'Undo' })).toBeVisible();
    },
  },
  {
    name: 'bin',
    show: async (studio) => {
      await draft(studio.page, 'Old experiment');
      await studio.menu('move-to-bin');
      await expect(studio.page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await studio.menu('show-bin');
      await expect(studio.page.getByRole('listitem')).toContainText('Old experiment');
      await expect(studio.page.getByRole('heading', { level: 1, name: 'Bin' })).toBeVisible();
    },
  },
  {
    name: 'readme-and-logo',
    show: async ({ page }) => {
      await draft(page, 'Shop feed import');
      await page
        .getByLabel('Readme', { exact: true })
        .fill('## Setup\n\nAsk the shop for an **API key** and paste it under *Authentication*.');
      await dropFile(
        page.getByRole('region', { name: 'Logo drop zone' }),
        join(corpusDir, 'benign/clippath-hexagon-badge.svg'),
      );
      await page.getByRole('button', { name: 'Use this logo' }).click();
      await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
      await expect(page.getByText('All changes saved')).toBeVisible();
      // The part of the form below the fold, with the readme's top at the top of the window.
      await page
        .getByText('Readme', { exact: true })
        .evaluate((label) => label.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'logo-report',
    show: async ({ page }) => {
      await draft(page, 'Shop feed import');
      await dropFile(
        page.getByRole('region', { name: 'Logo drop zone' }),
        join(corpusDir, 'hostile/event-onclick-child-rect.svg'),
      );
      const report = page.getByRole('region', { name: /Logo check for/ });
      await expect(report.getByRole('button', { name: 'Use this logo' })).toBeVisible();
      await report.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    },
  },
  {
    name: 'settings',
    show: async (studio) => {
      await studio.menu('show-settings');
      await expect(studio.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    },
  },
  ...TRANSFER_SCREENS,
];
