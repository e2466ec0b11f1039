import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openConnectorStore } from '../../electron/main/store/connector-store';
import { lockDataFolder } from '../../electron/main/store/data-folder-lock';
import { openSettingsStore } from '../../electron/main/store/settings-store';
import { fixtureConnectors } from '../bench/connector-fixtures';
import { expect, test } from './fixtures';

const COUNT = 40;

test.use({
  seedDataFolder: {
    run: async (dataDir) => {
      const lock = await lockDataFolder(dataDir, 'test');
      try {
        const owner = (await openSettingsStore(dataDir)).get().organizations[0]!.id;
        const connectors = fixtureConnectors(COUNT, { owner, logoFor: () => null });
        const store = await openConnectorStore(dataDir);
        // Saved twice, so every shard's first generation becomes its backup.
        await store.saveMany(connectors);
        await store.saveMany(connectors.map((c) => ({ ...c, description: 'Second save' })));
        await store.close();
      } finally {
        await lock.release();
      }
      const shardDir = join(dataDir, 'connectors', 'shards-64');
      const shard = (await readdir(shardDir)).find((name) => name.endsWith('.json'))!;
      await writeFile(join(shardDir, shard), '{"format":"connector-studio/durable-json","sch');
    },
  },
});

test('a damaged store file is reported with its new place, and its backup restores', async ({
  studio,
}) => {
  const { page } = studio;
  const banner = page.getByRole('region', { name: 'Some saved data could not be read' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('cut off or damaged');
  await expect(banner).toContainText('.corrupt-');
  await expect(banner).toContainText('A backup from the save before is available.');
  const sidebar = page.getByRole('complementary', { name: 'Connectors' });
  await expect(sidebar.getByText(/^\d+ connectors$/)).not.toHaveText(`${COUNT} connectors`);
  await page.screenshot({ path: test.info().outputPath('recovery-banner.png') });

  await banner.getByRole('button', { name: 'Restore from backup' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Restored \d+ connector/ }),
  ).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(sidebar.getByText(`${COUNT} connectors`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('recovery-restored.png') });
});
