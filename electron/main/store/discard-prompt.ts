import { dialog, type BrowserWindow } from 'electron';

/** Asks whether to close although changes are unsaved; "Keep the window open" is the default. */
export async function confirmDiscard(
  parent: BrowserWindow | null,
  message: string,
): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: 'Changes not saved',
    message: 'Some changes are not saved',
    detail: message,
    buttons: ['Keep the window open', 'Close and lose them'],
    defaultId: 0,
    cancelId: 0,
  };
  const shown =
    parent && !parent.isDestroyed()
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
  return shown.response === 1;
}
