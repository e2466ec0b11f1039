import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { log } from '../log';
import { writeFileDurably } from '../store/durable';

export const WINDOW_STATE_FILE = 'window-state.json';

const savedWindowSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type SavedWindow = z.infer<typeof savedWindowSchema>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowPlacement {
  readonly bounds: Rect | { readonly width: number; readonly height: number };
  readonly maximized: boolean;
}

/** How much of the window's top edge must show on some display for the user to grab it. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window: the saved place when its title bar still lands on a connected
 * display, otherwise the saved size centred by the system. Sizes never exceed the display, so
 * a window saved on a large monitor still fits on a laptop screen.
 */
export function placeWindow(
  saved: SavedWindow | null,
  workAreas: readonly Rect[],
  fallback: { width: number; height: number },
): WindowPlacement {
  if (!saved) return { bounds: fallback, maximized: false };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: GRAB_HEIGHT };
  const home = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= Math.min(GRAB_WIDTH, saved.width) && shared.height >= GRAB_HEIGHT / 2;
  });
  const limit = home ?? workAreas[0];
  const width = limit ? Math.min(saved.width, limit.width) : saved.width;
  const height = limit ? Math.min(saved.height, limit.height) : saved.height;
  const bounds = home ? { x: saved.x, y: saved.y, width, height } : { width, height };
  return { bounds, maximized: saved.maximized };
}

/** The saved window, or null when there is none or it is damaged (a damaged file is only logged). */
export async function readSavedWindow(dataDir: string): Promise<SavedWindow | null> {
  try {
    const text = await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8');
    const parsed = savedWindowSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    log.warn(`${WINDOW_STATE_FILE} is not valid; opening the window at its default size`);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') {
      log.warn(
        `${WINDOW_STATE_FILE} could not be read or is not JSON; opening the window at its default size`,
      );
    }
  }
  return null;
}

/** Writes one window state after another, so an older state never lands after a newer one. */
export function windowStateWriter(dataDir: string): (state: SavedWindow) => Promise<void> {
  const file = join(dataDir, WINDOW_STATE_FILE);
  let queue: Promise<void> = Promise.resolve();
  return (state) => {
    queue = queue
      .then(() => writeFileDurably(file, `${JSON.stringify(state, null, 2)}\n`))
      .catch((error: unknown) => log.warn('Could not remember the window position', error));
    return queue;
  };
}
