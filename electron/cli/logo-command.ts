import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { LogoReport } from '../../src/logos/logo-report';
import { sanitizeLogo } from '../main/logos';
import type { CliCommand, CliIo } from './command';

const HELP = `Usage:
  connector-studio logo check <files...> [--json]
      Sanitize each file and print what was removed; exit 1 if any file is refused.
  connector-studio logo sanitize <file> [-o <out>] [--json]
      Write the sanitized SVG to stdout (or to <out>); on refusal print the reason to
      stderr and exit 1. With --json, print the whole report instead of the SVG.

Options:
  -o, --output <file>  where "sanitize" writes the SVG
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

async function sanitizeFile(file: string): Promise<LogoReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`;
    return {
      accepted: false,
      code: 'internal-error',
      reason,
      removed: [],
      warnings: [],
      bytesIn: 0,
      bytesOut: 0,
    };
  }
  return sanitizeLogo(bytes, { fileName: file });
}

async function check(files: string[], json: boolean, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr(`logo check: no files given.\n\n${HELP}`);
    return 2;
  }
  const results: { file: string; report: LogoReport }[] = [];
  for (const file of files) {
    const report = await sanitizeFile(file);
    results.push({ file, report: { ...report, svg: undefined } });
    if (!json) io.stdout(describe(file, report));
  }
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return results.every((r) => r.report.accepted) ? 0 : 1;
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
  if (!report.accepted) {
    if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`${file}: ${report.reason}\n`);
    return 1;
  }
  if (output !== undefined) await writeFile(output, report.svg as string);
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === undefined) io.stdout(report.svg as string);
  return 0;
}

export const logoCommand: CliCommand = {
  summary: 'check or sanitize SVG logos',
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    const [action, ...files] = parsed.positionals;
    const json = parsed.values.json === true;
    if (parsed.values.help === true || action === undefined) {
      io.stdout(HELP);
      return action === undefined && parsed.values.help !== true ? 2 : 0;
    }
    if (action === 'check') return check(files, json, io);
    if (action === 'sanitize') return sanitize(files, parsed.values.output, json, io);
    io.stderr(`Unknown logo action "${action}".\n\n${HELP}`);
    return 2;
  },
};
