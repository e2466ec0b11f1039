import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DEFINITION_FILE_BYTES } from '../../../src/definition/definition-file';

/** A file's text ready to read as a definition, or why it could not be read. */
export type DefinitionInput =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly refusal: string };

export function sizeRefusal(bytes: number): string {
  const mb = (value: number) => `${(value / (1024 * 1024)).toFixed(1)} MB`;
  return `The file is ${mb(bytes)}; definition files can be at most ${mb(MAX_DEFINITION_FILE_BYTES)}.`;
}

/** Decodes strict UTF-8, keeping a BOM so the reader can name it instead of hiding it. */
export function decodeDefinitionBytes(file: string, bytes: Uint8Array): DefinitionInput {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, refusal: 'The file is UTF-16 text; save it as UTF-8.' };
  }
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { file, refusal: 'The file is not UTF-8 text.' };
  }
}

/** Why a path that is not a regular file cannot be read as one, in words. */
function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'This is a folder, not a regular file.';
  const kind = stats.isFIFO()
    ? 'a named pipe (FIFO)'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : 'not a file';
  return `This is ${kind}, not a regular file; only regular files can be imported.`;
}

/**
 * Opening a FIFO for reading waits for a writer, for ever if none comes, and a device never
 * ends; so the path is checked to be a regular file before it is opened, it is opened without
 * blocking (where the platform has O_NONBLOCK), and the opened file is checked again to be that
 * same regular file, in case the path was swapped in between.
 */
async function openRegularFile(
  path: string,
): Promise<{ refusal: string } | { handle: FileHandle; size: number }> {
  const before = await stat(path);
  if (!before.isFile()) return { refusal: notRegular(before) };
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const opened = await handle.stat();
  if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
    await handle.close();
    return {
      refusal: opened.isFile()
        ? 'The file changed while it was opened; try again.'
        : notRegular(opened),
    };
  }
  return { handle, size: opened.size };
}

/**
 * Reads a definition file from disk, never more than the size limit: an oversized file is
 * refused from its size alone, before any of it is read. Anything but a regular file (a FIFO,
 * a device, a folder) is refused before it is opened for reading.
 * `label` is how problems name the file (the app shows base names, the CLI the path given).
 */
export async function readDefinitionFile(
  path: string,
  label: string = basename(path),
): Promise<DefinitionInput> {
  let opened;
  try {
    opened = await openRegularFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { file: label, refusal: `The file could not be opened (${code}).` };
  }
  if ('refusal' in opened) return { file: label, refusal: opened.refusal };
  const { handle, size } = opened;
  try {
    if (size > MAX_DEFINITION_FILE_BYTES) return { file: label, refusal: sizeRefusal(size) };
    // One byte more than announced, to notice a file that grows while it is read.
    const buffer = new Uint8Array(size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size)
        return { file: label, refusal: 'The file changed while it was read; try again.' };
    }
    return decodeDefinitionBytes(label, buffer.subarray(0, length));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { file: label, refusal: `The file could not be read (${code}).` };
  } finally {
    await handle.close();
  }
}
