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
  const bytes = [...(await readFile(path))];
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
    { bytes, name: basename(path), type },
  );
  return { dropPrevented };
}
