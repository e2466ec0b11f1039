import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes beside the target and renames, so a crash never leaves half a definition file. */
export async function writeReplacing(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** "Could not write <path> (EACCES)." with the system's error code when there is one. */
export function writeFailure(path: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
  return `Could not write ${path}${code}. Choose another folder or check its permissions.`;
}
