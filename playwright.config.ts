import { defineConfig } from '@playwright/test';

/**
 * Chromium comes from the operating system (Debian's `chromium` package), never from a
 * Playwright download. CHROMIUM_PATH points elsewhere on machines that keep it elsewhere.
 */
// The main-process services run inside the test process: keep their log to warnings.
process.env['CONNECTOR_STUDIO_LOG_LEVEL'] ??= 'warn';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1200, height: 800 },
  },
});
