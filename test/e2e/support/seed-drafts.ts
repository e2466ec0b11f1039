import { expect, type Page } from '@playwright/test';

export function connectorList(page: Page) {
  return page.getByRole('list', { name: 'Connector list' });
}

/**
 * Stores drafts through the same channels the form uses, then reloads so the list shows them;
 * for tests and screens about files rather than typing into the form.
 */
export async function seedDrafts(
  page: Page,
  drafts: [name: string, type: string][],
): Promise<void> {
  await page.evaluate(async (entries) => {
    for (const [name, type] of entries) {
      const draft = await window.api.connectors.newDraft({});
      if (!draft.ok) throw new Error(draft.error.message);
      const changes = { name, type: type as 'datasource' };
      const saved = await window.api.connectors.update({ id: draft.value.id, changes });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  }, drafts);
  await page.reload();
  await expect(connectorList(page).getByRole('listitem')).toHaveCount(drafts.length);
}
