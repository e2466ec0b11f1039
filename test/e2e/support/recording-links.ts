import type { LinkOpener } from '../../../electron/main/links/link-opener';

/** The link port with a list instead of a browser: the harness has no operating-system shell. */
export class RecordingLinks implements LinkOpener {
  readonly opened: string[] = [];

  async openInBrowser(url: string): Promise<void> {
    this.opened.push(url);
  }
}
