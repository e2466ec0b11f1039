import type { Dispatch } from '../ipc/dispatcher';
import { themeSchema, type Theme } from '../../../src/settings/settings';

/**
 * Wraps the dispatcher so every settings answer also reaches `onTheme`: the theme can change
 * from the Settings view or the View menu, and main must follow either way.
 */
export function followThemeSetting(dispatch: Dispatch, onTheme: (theme: Theme) => void): Dispatch {
  return async (channel, payload) => {
    const result = await dispatch(channel, payload);
    if ((channel === 'settings:get' || channel === 'settings:update') && result.ok) {
      const theme = themeSchema.safeParse((result.value as { theme?: unknown }).theme);
      if (theme.success) onTheme(theme.data);
    }
    return result;
  };
}
