import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** "1 connector", "2 connectors". */
export function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

const ERROR_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'not found',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use',
  ENAMETOOLONG: 'the name is too long',
};

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A failed file operation in words, without Node's error code or a stack. */
export function inWords(error: unknown): string {
  const words = ERROR_WORDS[codeOf(error) ?? ''];
  if (words !== undefined) return words;
  const message = error instanceof Error ? error.message : String(error);
  // Node puts "ECODE: " in front of the system's own sentence; the sentence is what people read.
  return message.replace(/^E[A-Z]+: /, '');
}

const folderState = (path: string) =>
  stat(path).then(
    (info) => (info.isDirectory() ? 'folder' : 'file'),
    (error: unknown) => (codeOf(error) === 'ENOENT' ? 'missing' : 'unknown'),
  );

/**
 * Why the file `path` (shown as `label`) cannot be written, checked before writing so the
 * answer names the real cause; null when nothing is in the way.
 */
export async function writeBlocker(path: string, label: string): Promise<string | null> {
  if ((await folderState(path)) === 'folder') {
    return `cannot write ${label}: it is a folder, not a file.`;
  }
  return parentBlocker(path, label);
}

/** Like writeBlocker, for an output folder: it may exist, or its parent must. */
export async function folderBlocker(path: string, label: string): Promise<string | null> {
  const state = await folderState(path);
  if (state === 'folder') return null;
  if (state === 'file') return `cannot write into ${label}: it is a file, not a folder.`;
  return parentBlocker(path, label);
}

async function parentBlocker(path: string, label: string): Promise<string | null> {
  const parent = await folderState(dirname(path));
  const shownParent = dirname(label);
  if (parent === 'missing') {
    return `cannot write ${label}: the folder ${shownParent} does not exist.`;
  }
  if (parent === 'file') return `cannot write ${label}: ${shownParent} is a file, not a folder.`;
  return null;
}

/** A write that failed anyway (permissions, a full disk), in one sentence. */
export function writeFailure(label: string, error: unknown): string {
  return `cannot write ${label}: ${inWords(error)}.`;
}
