import type {
  Dialogs,
  OpenDialogRequest,
  SaveDialogRequest,
} from '../../../electron/main/files/dialogs';

/**
 * The dialog port with answers set by the test instead of clicks: `answerSave(path)` before the
 * action that opens a save dialog; unanswered dialogs count as cancelled.
 */
export class ScriptedDialogs implements Dialogs {
  readonly saveRequests: SaveDialogRequest[] = [];
  readonly openRequests: OpenDialogRequest[] = [];
  #savePaths: (string | null)[] = [];
  #openPaths: string[][] = [];

  answerSave(path: string | null): void {
    this.#savePaths.push(path);
  }

  answerOpen(paths: string[]): void {
    this.#openPaths.push(paths);
  }

  async chooseSavePath(request: SaveDialogRequest): Promise<string | null> {
    this.saveRequests.push(request);
    return this.#savePaths.shift() ?? null;
  }

  async chooseOpenPaths(request: OpenDialogRequest): Promise<string[]> {
    this.openRequests.push(request);
    return this.#openPaths.shift() ?? [];
  }
}
