import { MAX_DEFINITION_FILE_BYTES } from '../../../../src/definition/definition-file';
import type { ConflictChoice } from '../../../../src/definition/import-plan';
import {
  describeImportOutcome,
  type ExportLayout,
  type ImportPreview,
} from '../../../../src/definition/transfer-contract';
import { api } from '../api';
import type { Studio } from './studio.svelte';

/**
 * Import and export of definition files. An import is a preview the user answers in a dialog,
 * then a commit; the main process holds what it checked, so only the answer crosses back.
 */
export class Transfer {
  /** The import waiting for an answer, shown by the import dialog. */
  preview = $state<ImportPreview | null>(null);
  /** Why the last commit was refused; shown inside the import dialog. */
  commitError = $state<string | null>(null);
  exportOpen = $state(false);
  busy = $state(false);

  constructor(private readonly studio: Studio) {}

  async importFromDialog(): Promise<void> {
    await this.studio.flush();
    const result = await api.connectors.importOpen({});
    if (!result.ok) {
      this.studio.error = result.error;
      return;
    }
    if ('cancelled' in result.value) return;
    this.#show(result.value);
  }

  /**
   * Dropped files have no path, so the page reads them; a file over the size limit is not read
   * at all, only named, and the report says why.
   */
  async importDropped(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    await this.studio.flush();
    const payload = await Promise.all(
      files.map(async (file) =>
        file.size > MAX_DEFINITION_FILE_BYTES
          ? { name: file.name, size: file.size }
          : { name: file.name, text: await file.text() },
      ),
    );
    const result = await api.connectors.importDropped({ files: payload });
    if (!result.ok) {
      this.studio.error = result.error;
      return;
    }
    this.#show(result.value);
  }

  async commit(onConflict: ConflictChoice): Promise<void> {
    const planId = this.preview?.planId;
    if (!planId || this.busy) return;
    this.busy = true;
    try {
      await this.studio.flush();
      const result = await api.connectors.importCommit({ planId, onConflict });
      if (!result.ok) {
        this.commitError = result.error.message;
        return;
      }
      this.preview = null;
      const openId = this.studio.current?.id;
      await this.studio.load();
      if (openId !== undefined && this.studio.view === 'connector') await this.studio.open(openId);
      this.studio.notice = describeImportOutcome(result.value);
    } finally {
      this.busy = false;
    }
  }

  cancelImport(): void {
    this.preview = null;
    this.commitError = null;
  }

  openExport(): void {
    this.exportOpen = true;
  }

  async exportMany(ids: string[], layout: ExportLayout): Promise<void> {
    await this.studio.flush();
    const result = await api.connectors.exportMany({ ids, layout });
    this.exportOpen = false;
    if (!result.ok) {
      this.studio.error = result.error;
      return;
    }
    if (!result.value.saved) return;
    const { path, fileCount, replaced } = result.value;
    this.studio.notice =
      result.value.layout === 'bundle'
        ? `Exported ${ids.length} connector${ids.length === 1 ? '' : 's'} to ${path}`
        : `Exported ${fileCount} file${fileCount === 1 ? '' : 's'} to ${path}${replaced > 0 ? ` (${replaced} replaced)` : ''}`;
  }

  #show(preview: ImportPreview): void {
    this.commitError = null;
    this.studio.error = null;
    this.preview = preview;
  }
}
