import {
  summarize,
  type Connector,
  type ConnectorDetails,
  type ConnectorSummary,
} from '../../../../src/connectors/connector';
import type { AppError, Result } from '../../../../src/result';
import type { Settings, Theme } from '../../../../src/settings/settings';
import { api } from '../api';
import { Transfer } from './transfer.svelte';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';
export type EditableDetails = Omit<ConnectorDetails, 'logo'>;
export type View = 'connector' | 'settings' | 'bin' | 'empty';

/** Text fields wait for a pause in typing; choices save at once. */
const TYPING_PAUSE_MS = 350;

/**
 * The renderer's state: the list, the open connector and the settings. Edits apply locally at
 * once and are saved in the background; the main process's answer is authoritative.
 */
export class Studio {
  /** Import and export of definition files. */
  readonly transfer = new Transfer(this);
  summaries = $state<ConnectorSummary[]>([]);
  current = $state<Connector | null>(null);
  settings = $state<Settings | null>(null);
  /** Sanitized logo SVGs of listed connectors, by id. */
  thumbnails = $state<Record<string, string>>({});
  view = $state<View>('empty');
  saveState = $state<SaveState>('saved');
  /** Something the app did on the user's behalf, or the outcome of an action. */
  notice = $state<string | null>(null);
  /** The last refused call, shown next to its field when it names one. */
  error = $state<AppError | null>(null);
  /** Connectors in the bin, loaded when the Bin view opens. */
  binned = $state<ConnectorSummary[]>([]);
  /** The last move to the bin, undoable while its notice is still the one shown. */
  lastBinned = $state<{ readonly id: string; readonly notice: string } | null>(null);

  #pending: Partial<EditableDetails> = {};
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> = Promise.resolve();
  // Not state: it only stops asking twice, nothing renders from it.
  #thumbnailsAsked: Record<string, true> = {};

  async load(): Promise<void> {
    const [list, settings] = await Promise.all([api.connectors.list({}), api.settings.get({})]);
    if (this.#accept(list)) this.summaries = sortByChange(list.value);
    if (this.#accept(settings)) this.settings = settings.value;
    const remembered = await api.ui.getState({});
    const lastId = remembered.ok ? remembered.value.lastOpenConnectorId : null;
    if (lastId && this.summaries.some((summary) => summary.id === lastId)) await this.open(lastId);
  }

  async open(id: string): Promise<void> {
    await this.flush();
    const result = await api.connectors.get({ id });
    if (!this.#accept(result)) return;
    this.current = result.value;
    this.view = 'connector';
    this.notice = null;
    this.saveState = 'saved';
    void api.ui.rememberOpen({ id });
  }

  async newDraft(): Promise<void> {
    await this.flush();
    const result = await api.connectors.newDraft({});
    if (!this.#accept(result)) return;
    this.#adopt(result.value);
    this.view = 'connector';
    this.notice = null;
  }

  edit<K extends keyof EditableDetails>(
    field: K,
    value: EditableDetails[K],
    immediate = false,
  ): void {
    if (!this.current) return;
    this.current = { ...this.current, [field]: value };
    this.#pending = { ...this.#pending, [field]: value };
    this.saveState = 'unsaved';
    if (this.error?.field === field) this.error = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), immediate ? 0 : TYPING_PAUSE_MS);
  }

  /** Sends pending edits and waits until the main process has answered. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const connector = this.current;
    const changes = this.#pending;
    this.#pending = {};
    if (!connector || Object.keys(changes).length === 0) return this.#inFlight;
    this.#inFlight = this.#inFlight.then(async () => {
      this.saveState = 'saving';
      const result = await api.connectors.update({ id: connector.id, changes });
      if (!this.#accept(result)) {
        this.saveState = 'failed';
        return;
      }
      const stillOpen = this.current?.id === connector.id;
      if (stillOpen) this.current = { ...result.value.connector, ...this.#pending };
      if (result.value.notices.length > 0) this.notice = result.value.notices.join(' ');
      this.saveState = Object.keys(this.#pending).length > 0 ? 'unsaved' : 'saved';
      this.#upsertSummary(result.value.connector);
    });
    return this.#inFlight;
  }

  async create(): Promise<void> {
    if (!this.current) return;
    await this.flush();
    const result = await api.connectors.create({ id: this.current.id });
    if (!this.#accept(result)) return;
    this.#adopt(result.value);
    this.notice = 'Connector created. Type, flow, execution mode and owner are now fixed.';
  }

  async duplicate(): Promise<void> {
    if (!this.current) return;
    await this.flush();
    const result = await api.connectors.duplicate({ id: this.current.id });
    if (!this.#accept(result)) return;
    this.#adopt(result.value);
    this.notice = 'This is a new draft copied from the original; every field can be changed.';
  }

  async exportCurrent(): Promise<void> {
    if (!this.current) return;
    await this.flush();
    const result = await api.connectors.export({ id: this.current.id });
    if (!this.#accept(result)) return;
    this.notice = result.value.saved ? `Exported to ${result.value.path}` : null;
  }

  async moveToBin(): Promise<void> {
    if (!this.current) return;
    await this.flush();
    const id = this.current.id;
    const result = await api.connectors.moveToBin({ id });
    if (!this.#accept(result)) return;
    this.summaries = this.summaries.filter((summary) => summary.id !== id);
    // Another command may have moved on while the call ran (Show Bin right after Move to Bin).
    if (this.current?.id === id) {
      this.current = null;
      if (this.view === 'connector') this.view = 'empty';
    }
    this.notice = `Moved "${result.value.name || 'Untitled draft'}" to the bin.`;
    this.lastBinned = { id, notice: this.notice };
    void api.ui.rememberOpen({ id: null });
  }

  /** Takes a connector out of the bin; `reopen` also opens it (the undo of a move). */
  async restore(id: string, reopen = false): Promise<void> {
    const result = await api.connectors.restore({ id });
    if (!this.#accept(result)) return;
    this.binned = this.binned.filter((summary) => summary.id !== id);
    this.summaries = sortByChange([result.value, ...this.summaries]);
    if (this.lastBinned?.id === id) this.lastBinned = null;
    if (reopen) await this.open(id);
    this.notice = `Restored "${result.value.name || 'Untitled draft'}" to the connector list.`;
  }

  async showBin(): Promise<void> {
    await this.flush();
    const result = await api.connectors.listBin({});
    if (!this.#accept(result)) return;
    this.binned = sortByChange(result.value);
    this.view = 'bin';
  }

  /** Saves the theme at once, keeping every other setting as stored. */
  async setTheme(theme: Theme): Promise<void> {
    if (!this.settings || this.settings.theme === theme) return;
    const result = await api.settings.update({
      settings: { ...$state.snapshot(this.settings), theme },
    });
    if (this.#accept(result)) this.settings = result.value;
  }

  async importDefinitions(): Promise<void> {
    await this.transfer.importFromDialog();
  }

  /** Attaches a logo the main process sanitized and holds under `token`. */
  async attachLogo(token: string): Promise<boolean> {
    if (!this.current) return false;
    await this.flush();
    const result = await api.connectors.attachLogo({ id: this.current.id, token });
    if (!this.#accept(result)) return false;
    this.#adopt(result.value);
    return true;
  }

  async removeLogo(): Promise<void> {
    if (!this.current) return;
    await this.flush();
    const result = await api.connectors.removeLogo({ id: this.current.id });
    if (this.#accept(result)) this.#adopt(result.value);
  }

  async saveSettings(settings: Settings): Promise<boolean> {
    const result = await api.settings.update({ settings });
    if (!this.#accept(result)) return false;
    this.settings = result.value;
    this.notice = 'Settings saved.';
    return true;
  }

  showSettings(): void {
    void this.flush();
    this.view = 'settings';
    this.error = null;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  #adopt(connector: Connector): void {
    this.current = connector;
    this.saveState = 'saved';
    void api.ui.rememberOpen({ id: connector.id });
    this.#upsertSummary(connector);
  }

  /**
   * Fetches the thumbnails of rows that came into view. The list asks per visible batch, so
   * a long list never loads every logo; each id is asked for once.
   */
  async ensureThumbnails(ids: string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.#thumbnailsAsked[id]).slice(0, 500);
    if (wanted.length === 0) return;
    for (const id of wanted) this.#thumbnailsAsked[id] = true;
    const result = await api.connectors.logoThumbnails({ ids: wanted });
    if (result.ok) this.thumbnails = { ...this.thumbnails, ...result.value };
  }

  #upsertSummary(connector: Connector): void {
    if (connector.logo)
      this.thumbnails = { ...this.thumbnails, [connector.id]: connector.logo.svg };
    else if (this.thumbnails[connector.id] !== undefined) {
      const { [connector.id]: _removed, ...rest } = this.thumbnails;
      this.thumbnails = rest;
    }
    const others = this.summaries.filter((existing) => existing.id !== connector.id);
    this.summaries = sortByChange([summarize(connector), ...others]);
  }

  #accept<T>(result: Result<T>): result is { ok: true; value: T } {
    if (result.ok) {
      this.error = null;
      return true;
    }
    this.error = result.error;
    return false;
  }
}

function sortByChange(summaries: ConnectorSummary[]): ConnectorSummary[] {
  return [...summaries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
