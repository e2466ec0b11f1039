import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SCREENS, THEME_NAMES, useTheme } from './support/screens';

// Every screen in both themes, each from a fresh data folder: axe's WCAG 2.1 A/AA rules (colour
// contrast included) and its best practices must find nothing.
for (const theme of THEME_NAMES) {
  for (const screen of SCREENS) {
    test(`axe finds no violations: ${screen.name}, ${theme} theme`, async ({ studio }) => {
      await useTheme(studio, theme);
      await screen.show(studio);
      const results = await new AxeBuilder({ page: studio.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const found = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(found).toEqual([]);
    });
  }
}
