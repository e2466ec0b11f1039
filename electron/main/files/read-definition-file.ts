import { open } from 'node:fs/promises';
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

/**
 * Reads a definition file from disk, never more than the size limit: an oversized file is
 * refused from its size alone, before any of it is read.
 * `label` is how problems name the file (the app shows base names, the CLI the path given).
 */
export async function readDefinitionFile(
  path: string,
  label: string = basename(path),
): Promise<DefinitionInput> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { file: label, refusal: `The file could not be opened (${code}).` };
  }
  try {
    const { size } = await handle.stat();
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
