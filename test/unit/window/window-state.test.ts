import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  placeWindow,
  readSavedWindow,
  WINDOW_STATE_FILE,
  windowStateWriter,
} from '../../../electron/main/window/window-state';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };
const MONITOR_RIGHT = { x: 1440, y: 0, width: 2560, height: 1440 };
const FALLBACK = { width: 1200, height: 800 };

describe('placeWindow', () => {
  it('uses the default size on a first launch', () => {
    expect(placeWindow(null, [LAPTOP], FALLBACK)).toEqual({ bounds: FALLBACK, maximized: false });
  });

  it('restores a place that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1300, height: 900, maximized: true };
    expect(placeWindow(saved, [LAPTOP, MONITOR_RIGHT], FALLBACK)).toEqual({
      bounds: { x: 1600, y: 100, width: 1300, height: 900 },
      maximized: true,
    });
  });

  it('lets the system centre a window whose display is gone, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(placeWindow(saved, [LAPTOP], FALLBACK)).toEqual({
      bounds: { width: 1440, height: 900 },
      maximized: false,
    });
  });

  it('does not trust a window whose title bar is above the screen', () => {
    const saved = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [LAPTOP], FALLBACK).bounds).toEqual({ width: 1000, height: 700 });
  });
});

describe('window state file', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips the last written state', async () => {
    const write = windowStateWriter(dir);
    void write({ x: 1, y: 2, width: 900, height: 600, maximized: false });
    await write({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(await readSavedWindow(dir)).toEqual({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('reads a missing or damaged file as nothing saved, and leaves it alone', async () => {
    expect(await readSavedWindow(dir)).toBeNull();
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"x": "left"');
    expect(await readSavedWindow(dir)).toBeNull();
    expect(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8')).toBe('{"x": "left"');
  });
});
