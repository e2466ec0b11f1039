import { readFileSync } from 'node:fs';

/** The package version, which the command line prints and writes into files. */
export function packageVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}
