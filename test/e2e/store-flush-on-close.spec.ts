import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Every text file under the connector store, joined: what a restart would find on disk. */
async function storedText(dataDir: string): Promise<string> {
  const root = join(dataDir, 'connectors');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.endsWith('.bak'));
  const texts = await Promise.all(files.map((f) => readFile(join(f.parentPath, f.name), 'utf8')));
  return texts.join('\n');
}

test('closing asks the window for its last keystrokes and they reach the disk', async ({
  studio,
}) => {
  const { page, dataDir } = studio;
  await page.getByRole('button', { name: 'New connector' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  // Frozen timers: the typing pause never ends, so only the flush request can send the edits.
  await page.clock.install();

  const name = 'Typed right before closing';
  const readme = `# Notes\n\n${'Written in the last moment before the window closed. '.repeat(8)}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('main').getByLabel('Readme', { exact: true }).fill(readme);
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  expect(await storedText(dataDir)).not.toContain(name);

  expect(await studio.requestFlush()).toBe('flushed');
  const stored = await storedText(dataDir);
  expect(stored).toContain(name);
  expect(stored).toContain(readme);
});

test('a window that does not answer does not hold up closing', async ({ studio }) => {
  // A page that is gone (or stuck) never answers; closing goes on after the timeout.
  await studio.page.goto('about:blank');
  expect(await studio.requestFlush(300)).toBe('unanswered');
});
