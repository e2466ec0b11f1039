import { join, resolve } from 'node:path';
import { test } from './fixtures';
import { SCREENS, THEME_NAMES, useTheme } from './support/screens';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

// Run with `npm run screenshots`, the only run that writes docs/screenshots; the PNGs are
// reviewed by eye and committed.
for (const theme of THEME_NAMES) {
  for (const screen of SCREENS) {
    test(`${screen.name} (${theme})`, async ({ studio }) => {
      await useTheme(studio, theme);
      await screen.show(studio);
      await studio.page.screenshot({ path: join(OUT, `${screen.name}-${theme}.png`) });
    });
  }
}
