import type { BrowserWindow } from 'electron';
import { windowStateWriter } from './window-state';

/** Moving and resizing fire many events; the place is written once the user lets go. */
const SETTLE_MS = 500;

/** Saves the window's normal (unmaximized) bounds and maximized flag as they change. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  const write = windowStateWriter(dataDir);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed() || window.isMinimized()) return;
    void write({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SETTLE_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
