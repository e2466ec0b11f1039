import type { Theme } from '../../../src/settings/settings';

/**
 * Puts the chosen theme on <html>; app.css reads it. 'system' removes the mark so the
 * `prefers-color-scheme` rules apply (in Electron, main also sets nativeTheme.themeSource).
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
