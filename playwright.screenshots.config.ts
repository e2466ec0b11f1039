import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: every screen in both themes into docs/screenshots/. */
export default defineConfig({
  ...base,
  testMatch: ['e2e/**/*.shots.ts'],
});
