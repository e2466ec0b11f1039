import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { openMainServices, type MainServices } from '../../electron/main/services';
import type { MenuCommand } from '../../src/ipc/events';
import { fail } from '../../src/result';
import type { WindowFlushOutcome } from '../../electron/main/store/window-flush';
import { RecordingLinks } from './support/recording-links';
import { ScriptedDialogs } from './support/scripted-dialogs';
import { serveRendererOverHttp, type StaticServer } from './support/static-server';
import { clickMenuItem, emitWindowEvent, windowApiScript } from './support/window-events';

const RENDERER_ROOT = resolve(import.meta.dirname, '../../out/renderer');

export interface StudioApp {
  /** The app window: the built renderer in Chromium. */
  readonly page: Page;
  /** The temporary data folder the main-process services use. */
  readonly dataDir: string;
  /** Answers for the native dialogs. */
  readonly dialogs: ScriptedDialogs;
  /** Links the app handed to the system browser, in order. */
  readonly links: RecordingLinks;
  /** Requests that tried to leave the app (always expected to stay empty). */
  readonly strayRequests: readonly string[];
  /** Closes the window and the services, then opens both again on the same data folder. */
  restart(): Promise<void>;
  /** Chooses an application-menu item, through the same event Electron's menu sends. */
  menu(command: MenuCommand): Promise<void>;
  /**
   * What closing the window does first: sends `app:flush-requested` and waits for the page's
   * `app:flushed` answer (or the timeout), exactly as the main process does.
   */
  requestFlush(timeoutMs?: number): Promise<WindowFlushOutcome>;
}

/**
 * Opens the app the way Electron would, minus Electron: the real main-process services over a
 * temp data folder, reached from the page through `window.api` exactly as the preload shapes it.
 */
class StudioSession implements StudioApp {
  page!: Page;
  readonly dialogs = new ScriptedDialogs();
  readonly links = new RecordingLinks();
  readonly strayRequests: string[] = [];
  #context: BrowserContext | null = null;
  #services: MainServices | null = null;

  constructor(
    private readonly browser: Browser,
    private readonly server: StaticServer,
    readonly dataDir: string,
  ) {}

  async open(): Promise<void> {
    this.#services = await openMainServices({
      dataDir: this.dataDir,
      dialogs: this.dialogs,
      links: this.links,
      generator: { name: 'Connector Studio', version: '0.0.0-test' },
    });
    const services = this.#services;
    const origin = this.server.origin;
    this.#context = await this.browser.newContext({ viewport: { width: 1200, height: 800 } });
    await this.#context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
      this.strayRequests.push(url);
      return route.abort('blockedbyclient');
    });
    // The same checks as the Electron registration: only our own top-level frame may call.
    await this.#context.exposeBinding(
      '__studioInvoke',
      async (source, channel: unknown, payload: unknown) => {
        if (
          source.frame !== source.page.mainFrame() ||
          new URL(source.frame.url()).origin !== origin
        ) {
          return fail('FORBIDDEN', 'This call did not come from the Connector Studio window.');
        }
        return services.dispatch(channel, payload);
      },
    );
    await this.#context.addInitScript({
      content: windowApiScript(),
    });
    this.page = await this.#context.newPage();
    await this.page.goto(`${origin}/index.html`);
    await expect(this.page.getByRole('button', { name: 'New connector' }).first()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.#context?.close();
    await this.#services?.close();
    this.#context = null;
    this.#services = null;
  }

  menu(command: MenuCommand): Promise<void> {
    return clickMenuItem(this.page, command);
  }

  requestFlush(timeoutMs?: number): Promise<WindowFlushOutcome> {
    if (!this.#services) throw new Error('The app is not open');
    return this.#services.windowFlushes.request((payload) => {
      // A page that cannot take the event simply never answers, as in the app.
      emitWindowEvent(this.page, 'app:flush-requested', payload).catch(() => undefined);
    }, timeoutMs);
  }

  async restart(): Promise<void> {
    await this.close();
    await this.open();
  }
}

export interface StudioOptions {
  /**
   * Fills the data folder before the app opens it, e.g. with thousands of connectors. Wrapped
   * in an object because Playwright takes a bare function in `test.use` for a fixture.
   */
  seedDataFolder: { readonly run: (dataDir: string) => Promise<void> } | null;
}

export const test = base.extend<
  StudioOptions & { studio: StudioApp },
  { rendererServer: StaticServer }
>({
  seedDataFolder: [null, { option: true }],
  rendererServer: [
    async ({}, use) => {
      if (!existsSync(join(RENDERER_ROOT, 'index.html'))) {
        throw new Error(
          'The renderer is not built: run `npm run build` before the end-to-end tests.',
        );
      }
      const server = await serveRendererOverHttp(RENDERER_ROOT);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  studio: async ({ browser, rendererServer, seedDataFolder }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'connector-studio-e2e-'));
    await seedDataFolder?.run(dataDir);
    const session = new StudioSession(browser, rendererServer, dataDir);
    await session.open();
    await use(session);
    await session.close();
    expect(session.strayRequests, 'requests that left the app').toEqual([]);
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
