import { resolve } from 'node:path';

/**
 * A path typed by the user, made absolute against the folder they typed it in. `npm run cli`
 * runs from the package root, so the folder the user was in is INIT_CWD, which npm sets.
 */
export function userPath(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}
