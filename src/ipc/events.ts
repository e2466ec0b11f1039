/**
 * Events the main process pushes to the window, the one-way counterpart of CHANNELS. Each event
 * carries one payload object; the preload exposes `window.api.on<Domain><Action>(listener)`
 * (`menu:command` becomes `onMenuCommand`), passing the payload only, never Electron's event.
 */
export const EVENTS = ['menu:command', 'app:flush-requested'] as const;

export type EventName = (typeof EVENTS)[number];

/** Commands of the application menu that act inside the window. */
export const MENU_COMMANDS = [
  'new-connector',
  'import',
  'export',
  'duplicate',
  'move-to-bin',
  'show-bin',
  'show-settings',
  'theme-system',
  'theme-light',
  'theme-dark',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuCommandEvent {
  readonly command: MenuCommand;
}

/**
 * Sent before the window closes or the app quits: save every pending edit now, then answer on
 * `app:flushed` with the same id. (No zod here: the preload imports this file.)
 */
export interface FlushRequestEvent {
  readonly requestId: string;
}

export function isFlushRequestEvent(value: unknown): value is FlushRequestEvent {
  if (typeof value !== 'object' || value === null) return false;
  const requestId = (value as { requestId?: unknown }).requestId;
  return typeof requestId === 'string' && requestId.length > 0 && requestId.length <= 100;
}

export interface EventPayloads {
  readonly 'menu:command': MenuCommandEvent;
  readonly 'app:flush-requested': FlushRequestEvent;
}

/**
 * Keyboard shortcuts in Electron's accelerator syntax. The menu shows and registers them; the
 * window handles the same keys itself, so they also work where no menu exists (the test
 * harness) and while a text field has focus.
 */
export const COMMAND_ACCELERATORS: Readonly<Partial<Record<MenuCommand, string>>> = {
  'new-connector': 'CmdOrCtrl+N',
  import: 'CmdOrCtrl+O',
  export: 'CmdOrCtrl+Shift+E',
  duplicate: 'CmdOrCtrl+D',
  'move-to-bin': 'CmdOrCtrl+Shift+Backspace',
  'show-bin': 'CmdOrCtrl+Shift+B',
  'show-settings': 'CmdOrCtrl+,',
};

export function isMenuCommandEvent(value: unknown): value is MenuCommandEvent {
  if (typeof value !== 'object' || value === null) return false;
  const command = (value as { command?: unknown }).command;
  return MENU_COMMANDS.some((known) => known === command);
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;
type ListenerName<E extends string> = E extends `${infer Domain}:${infer Action}`
  ? `on${Capitalize<Domain>}${Capitalize<Camel<Action>>}`
  : never;

/** The subscribe half of `window.api`: each function returns its own unsubscribe. */
export type StudioEventApi = {
  readonly [E in EventName as ListenerName<E>]: (
    listener: (payload: EventPayloads[E]) => void,
  ) => () => void;
};
