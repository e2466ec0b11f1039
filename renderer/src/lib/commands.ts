import type { MenuCommand } from '../../../src/ipc/events';
import type { Studio } from './state/studio.svelte';

/** A new draft starts with its name, so the keyboard continues there. */
export async function startDraft(studio: Studio): Promise<void> {
  await studio.newDraft();
  if (studio.view === 'connector') document.getElementById('name')?.focus();
}

const NEEDS_OPEN_CONNECTOR: Partial<Record<MenuCommand, string>> = {
  export: 'Export',
  duplicate: 'Duplicate',
  'move-to-bin': 'Move to Bin',
};

/**
 * Runs a command from the application menu or a shortcut. While a modal dialog asks a question
 * the command is dropped: the dialog must be answered first.
 */
export function runCommand(studio: Studio, command: MenuCommand): void {
  if (document.querySelector('dialog[open]')) return;
  const action = NEEDS_OPEN_CONNECTOR[command];
  if (action && (studio.view !== 'connector' || !studio.current)) {
    studio.notice = `${action} works on the open connector: choose one in the list first.`;
    return;
  }
  switch (command) {
    case 'new-connector':
      return void startDraft(studio);
    case 'import':
      return void studio.importDefinitions();
    case 'export':
      return void studio.exportCurrent();
    case 'duplicate':
      return void studio.duplicate();
    case 'move-to-bin':
      return void studio.moveToBin();
    case 'show-bin':
      return void studio.showBin();
    case 'show-settings':
      return studio.showSettings();
    case 'theme-system':
      return void studio.setTheme('system');
    case 'theme-light':
      return void studio.setTheme('light');
    case 'theme-dark':
      return void studio.setTheme('dark');
  }
}
