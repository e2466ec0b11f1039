import { COMMAND_ACCELERATORS, type MenuCommand } from '../../../src/ipc/events';

interface Chord {
  readonly primary: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly key: string;
}

/** Reads Electron's accelerator syntax ('CmdOrCtrl+Shift+E') into the parts a key event has. */
export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  return {
    primary: parts.includes('CmdOrCtrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

export interface KeyPress {
  readonly key: string;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The command a key press asks for: Cmd is the primary modifier on macOS, Ctrl elsewhere. */
export function commandForKey(press: KeyPress, mac: boolean): MenuCommand | null {
  const primary = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
    const chord = parseAccelerator(accelerator);
    if (
      chord.key === key &&
      chord.primary === primary &&
      chord.shift === press.shiftKey &&
      chord.alt === press.altKey
    ) {
      return command as MenuCommand;
    }
  }
  return null;
}

export function isMacPlatform(): boolean {
  return /Mac/i.test(navigator.platform);
}

/**
 * Handles the menu's shortcuts inside the window. The key event is marked handled, so Electron
 * does not also run the menu item: menus only receive the keys a page leaves unhandled.
 */
export function installShortcuts(run: (command: MenuCommand) => void): () => void {
  const mac = isMacPlatform();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const command = commandForKey(event, mac);
    if (!command) return;
    event.preventDefault();
    run(command);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
