import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './dialogs';

/** The native dialogs, attached to the focused window so they are modal to it. */
export const electronDialogs: Dialogs = {
  async chooseSavePath(request) {
    const options = {
      title: request.title,
      defaultPath: request.defaultFileName,
      filters: request.filters.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPaths(request) {
    const options = {
      title: request.title,
      properties: request.multiple
        ? (['openFile', 'multiSelections'] as const)
        : (['openFile'] as const),
      filters: request.filters.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    return result.canceled ? [] : result.filePaths;
  },
  async chooseFolder(request) {
    const options = {
      title: request.title,
      buttonLabel: request.buttonLabel,
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
