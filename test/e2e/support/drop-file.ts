import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locator } from '@playwright/test';

/**
 * Drops a real file from disk onto `target` the way a file manager does: a DataTransfer holding
 * a File, delivered through dragenter, dragover and drop. Resolves to whether the page cancelled
 * the drop's default action (opening the file), which is what keeps the window where it is.
 */
export async function dropFile(
  target: Locator,
  path: string,
  type = 'image/svg+xml',
): Promise<{ dropPrevented: boolean }> {
  return dropContent(target, basename(path), await readFile(path), type);
}

/** Drops a file that exists only in memory, e.g. a deliberately broken definition file. */
export async function dropContent(
  target: Locator,
  name: string,
  content: Uint8Array | string,
  type: string,
): Promise<{ dropPrevented: boolean }> {
  const bytes = [...(typeof content === 'string' ? new TextEncoder().encode(content) : content)];
  const dropPrevented = await target.evaluate(
    (element, { bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      let prevented = false;
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        const event = new DragEvent(kind, {
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true,
        });
        const notCancelled = element.dispatchEvent(event);
        if (kind === 'drop') prevented = !notCancelled;
      }
      return prevented;
    },
    { bytes, name, type },
  );
  return { dropPrevented };
}
