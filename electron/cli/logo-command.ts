import { readFile, writeFile } from 'node:fs/promises';
import type { LogoReport } from '../../src/logos/logo-report';
import { sanitizeLogo } from '../main/logos';
import type { CliCommand, CliIo } from './command';
import { parseOrExplain } from './parse-options';
import { inWords, writeBlocker, writeFailure } from './plain-words';
import { userPath } from './user-path';

const HELP = `Usage:
  connector-studio logo check <files...> [--json]
      Sanitize each file and print what was removed; exit 1 if any file is refused
      or cannot be read.
  connector-studio logo sanitize <file> [-o <out>] [--json]
      Write the sanitized SVG to stdout (or to <out>); on refusal print the reason to
      stderr and exit 1. With --json, print the whole report instead of the SVG.

Options:
  -o, --output <file>  where "sanitize" writes the SVG; its folder must exist
      --json           machine-readable output
  -h, --help           this text
`;

function describe(file: string, report: LogoReport): string {
  if (!report.accepted) return `${file}: REFUSED (${report.code}) ${report.reason}\n`;
  const lines = [`${file}: accepted, ${report.bytesIn} → ${report.bytesOut} bytes`];
  for (const r of report.removed) lines.push(`  removed ${r.count} × ${r.kind}`);
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** The sanitizer's report, or why the file could not be read ("not found", ...). */
async function sanitizeFile(file: string): Promise<LogoReport | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(userPath(file)));
  } catch (error) {
    return { error: inWords(error) };
  }
  return sanitizeLogo(bytes, { fileName: file });
}

async function check(files: string[], json: boolean, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr(`logo check: no files given.\n\n${HELP}`);
    return 2;
  }
  let clean = true;
  const results: ({ file: string; report: LogoReport } | { file: string; error: string })[] = [];
  for (const file of files) {
    const outcome = await sanitizeFile(file);
    if ('error' in outcome) {
      clean = false;
      results.push({ file, error: outcome.error });
      io.stderr(`${file}: ${outcome.error}.\n`);
      continue;
    }
    clean &&= outcome.accepted;
    results.push({ file, report: { ...outcome, svg: undefined } });
    if (!json) io.stdout(describe(file, outcome));
  }
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return clean ? 0 : 1;
}

async function sanitize(
  files: string[],
  output: string | undefined,
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (files.length !== 1) {
    io.stderr(`logo sanitize: give exactly one input file.\n\n${HELP}`);
    return 2;
  }
  const file = files[0] as string;
  const report = await sanitizeFile(file);
  if ('error' in report) {
    io.stderr(`${file}: ${report.error}.\n`);
    return 1;
  }
  if (!report.accepted) {
    if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`${file}: ${report.reason}\n`);
    return 1;
  }
  if (output !== undefined) {
    const path = userPath(output);
    const blocker = await writeBlocker(path, output);
    if (blocker !== null) {
      io.stderr(`logo sanitize: ${blocker}\n`);
      return 1;
    }
    try {
      await writeFile(path, report.svg as string);
    } catch (error) {
      io.stderr(`logo sanitize: ${writeFailure(output, error)}\n`);
      return 1;
    }
  }
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === undefined) io.stdout(report.svg as string);
  return 0;
}

export const logoCommand: CliCommand = {
  help: HELP,
  async run(args, io) {
    const parsed = parseOrExplain(
      {
        args,
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      HELP,
      io,
    );
    if (parsed === null) return 2;
    const [action, ...files] = parsed.positionals;
    const json = parsed.values.json === true;
    if (parsed.values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    if (action === undefined) {
      io.stderr(`logo: give an action, check or sanitize.\n\n${HELP}`);
      return 2;
    }
    if (action === 'check') return check(files, json, io);
    if (action === 'sanitize') return sanitize(files, parsed.values.output, json, io);
    io.stderr(`Unknown logo action "${action}".\n\n${HELP}`);
    return 2;
  },
};
