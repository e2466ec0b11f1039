import { CONNECTOR_TYPE_INFO } from '../../src/connectors/catalogue';
import type { Connector } from '../../src/connectors/connector';
import { openConnectorStore } from '../../electron/main/store/connector-store';
import { lockDataFolder } from '../../electron/main/store/data-folder-lock';
import { openSettingsStore } from '../../electron/main/store/settings-store';
import { fixtureConnectors, fixtureLogo, seededRandom } from '../bench/connector-fixtures';
import { expect, test } from './fixtures';

const COUNT = 10_000;
// A few distinct logos: blobs are content-addressed, so seeding stays quick.
const LOGOS = [1, 2, 3].map((seed) => fixtureLogo(seededRandom(seed), 5000));
const logoFor = (n: number) => (n % 7 === 0 ? LOGOS[n % LOGOS.length]! : null);
let seeded: Connector[] = [];

test.use({
  seedDataFolder: {
    run: async (dataDir) => {
      const started = performance.now();
      const lock = await lockDataFolder(dataDir, 'test');
      try {
        const owner = (await openSettingsStore(dataDir)).get().organizations[0]!.id;
        seeded = fixtureConnectors(COUNT, { owner, logoFor });
        const store = await openConnectorStore(dataDir);
        await store.saveMany(seeded);
        await store.close();
      } finally {
        await lock.release();
      }
      process.stdout.write(
        `seeded ${COUNT} connectors in ${Math.round(performance.now() - started)} ms` + '\n',
      );
    },
  },
});

test.setTimeout(120_000);

test('a list of 10,000 connectors searches, filters and sorts with a bounded DOM', async ({
  studio,
}) => {
  const { page } = studio;
  const sidebar = page.getByRole('complementary', { name: 'Connectors' });
  const list = sidebar.getByRole('list', { name: 'Connector list' });
  const rows = list.getByRole('listitem');
  const rowNames = () => list.locator('.row-name').allInnerTexts();

  await expect(sidebar.getByText('10,000 connectors')).toBeVisible();
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThanOrEqual(40);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  // Newest change first: the fixture's last connector changed last.
  expect((await rowNames())[0]).toBe(seeded[COUNT - 1]!.name);
  // Rows in view with a logo show it.
  await expect(list.locator('img').first()).toBeVisible();

  let started = performance.now();
  await sidebar.getByLabel('Search by name').fill('zalando ebay');
  const matching = seeded.filter((c) => c.name.toLowerCase().includes('zalando ebay'));
  await expect(sidebar.getByText(`${matching.length} of 10,000 connectors`)).toBeVisible();
  process.stdout.write(
    `search over ${COUNT}: ${Math.round(performance.now() - started)} ms` + '\n',
  );
  for (const name of await rowNames()) expect(name.toLowerCase()).toContain('zalando ebay');

  await sidebar.getByLabel('Search by name').fill('');
  started = performance.now();
  await sidebar
    .getByLabel('Type', { exact: true })
    .selectOption({ label: CONNECTOR_TYPE_INFO.upload.label });
  await sidebar.getByLabel('Status', { exact: true }).selectOption('created');
  const uploads = seeded.filter((c) => c.type === 'upload' && c.status === 'created');
  await expect(
    sidebar.getByText(`${uploads.length.toLocaleString('en-US')} of 10,000 connectors`),
  ).toBeVisible();
  process.stdout.write(
    `type + status filter: ${Math.round(performance.now() - started)} ms` + '\n',
  );
  await expect(list.locator('.row-type').first()).toHaveText(CONNECTOR_TYPE_INFO.upload.label);
  await expect(list.locator('.badge').first()).toHaveText('Created');

  await sidebar.getByLabel('Sort by').selectOption('name');
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const firstByName = uploads.map((c) => c.name).sort(collator.compare)[0];
  expect((await rowNames())[0]).toBe(firstByName);

  // Scrolling to the end shows the last rows and still keeps the DOM small.
  await sidebar.getByLabel('Status', { exact: true }).selectOption('any');
  await sidebar.getByLabel('Type', { exact: true }).selectOption('any');
  await list.evaluate((element) => {
    const scroller = element.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  });
  const lastByName = seeded.map((c) => c.name).sort(collator.compare)[COUNT - 1]!;
  await expect(list.getByText(lastByName, { exact: true })).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(40);
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(COUNT));

  await list.getByText(lastByName, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('large-list.png') });
});
