import type {
  Dialogs,
  FolderDialogRequest,
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
  readonly folderRequests: FolderDialogRequest[] = [];
  #savePaths: (string | null)[] = [];
  #openPaths: string[][] = [];
  #folders: (string | null)[] = [];

  answerSave(path: string | null): void {
    this.#savePaths.push(path);
  }

  answerOpen(paths: string[]): void {
    this.#openPaths.push(paths);
  }

  answerFolder(path: string | null): void {
    this.#folders.push(path);
  }

  async chooseSavePath(request: SaveDialogRequest): Promise<string | null> {
    this.saveRequests.push(request);
    return this.#savePaths.shift() ?? null;
  }

  async chooseOpenPaths(request: OpenDialogRequest): Promise<string[]> {
    this.openRequests.push(request);
    return this.#openPaths.shift() ?? [];
  }

  async chooseFolder(request: FolderDialogRequest): Promise<string | null> {
    this.folderRequests.push(request);
    return this.#folders.shift() ?? null;
  }
}
