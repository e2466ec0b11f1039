/**
 * The native dialogs the main process uses, as a port: Electron's `dialog` in the app, a scripted
 * stand-in in tests (a real dialog cannot be clicked by a test).
 */
export interface SaveDialogRequest {
  readonly title: string;
  readonly defaultFileName: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

export interface OpenDialogRequest {
  readonly title: string;
  readonly multiple: boolean;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

export interface FolderDialogRequest {
  readonly title: string;
  /** The confirm button's label, e.g. "Export here". */
  readonly buttonLabel: string;
}

export interface Dialogs {
  /** The chosen path, or null when the user cancelled. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  /** The chosen paths; empty when the user cancelled. */
  chooseOpenPaths(request: OpenDialogRequest): Promise<string[]>;
  /** The chosen folder (it may be created in the dialog), or null when the user cancelled. */
  chooseFolder(request: FolderDialogRequest): Promise<string | null>;
}
