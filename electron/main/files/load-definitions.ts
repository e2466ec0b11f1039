import type { ImportSource } from '../../../src/definition/import-plan';
import { inFile, type FileProblem } from '../../../src/definition/problems';
import { readDefinitionText, type ReadConnector } from '../../../src/definition/read-definition';
import { sanitizeLogo } from '../logos';
import type { DefinitionInput } from './read-definition-file';

const utf8 = new TextEncoder();

/**
 * A file is untrusted input, so every logo in it goes through the sanitizer again. Files we
 * wrote hold sanitizer output, which passes unchanged in substance; anything the sanitizer
 * would have to remove or refuses means the logo did not come from Connector Studio, and the
 * file is refused rather than silently altered.
 */
function checkLogo(
  file: string,
  entry: ReadConnector,
): { entry: ReadConnector; problem?: FileProblem } {
  const logo = entry.connector.logo;
  if (logo === null || entry.logoPointer === null) return { entry };
  const report = sanitizeLogo(utf8.encode(logo.svg), { fileName: logo.fileName });
  const pointer = entry.logoPointer;
  if (!report.accepted || report.svg === undefined) {
    return {
      entry,
      problem: {
        file,
        pointer,
        message: `The logo was refused: ${report.reason ?? 'not a usable SVG.'}`,
      },
    };
  }
  if (report.removed.length > 0) {
    const removed = report.removed
      .map((removal) => `${removal.count} × ${removal.kind}`)
      .join(', ');
    return {
      entry,
      problem: {
        file,
        pointer,
        message: `The logo holds content Connector Studio never keeps (${removed}). Attach the logo from its SVG file instead, or run "connector-studio logo sanitize" on it first.`,
      },
    };
  }
  return {
    entry: { ...entry, connector: { ...entry.connector, logo: { ...logo, svg: report.svg } } },
  };
}

/** Reads each input into an import source: its connectors with clean logos, or its problems. */
export function loadDefinitions(inputs: readonly DefinitionInput[], now: string): ImportSource[] {
  return inputs.map((input) => {
    if ('refusal' in input) {
      return {
        file: input.file,
        connectors: [],
        notes: [],
        problems: [{ file: input.file, pointer: '', message: input.refusal }],
      };
    }
    if (!input.file.toLowerCase().endsWith('.json')) {
      return {
        file: input.file,
        connectors: [],
        notes: [],
        problems: [{ file: input.file, pointer: '', message: 'Only .json files can be imported.' }],
      };
    }
    const read = readDefinitionText(input.text, now);
    if (!read.ok)
      return {
        file: input.file,
        connectors: [],
        notes: [],
        problems: inFile(input.file, read.problems),
      };
    const checked = read.connectors.map((entry) => checkLogo(input.file, entry));
    return {
      file: input.file,
      connectors: checked.map((result) => result.entry),
      notes: read.notes,
      problems: checked.flatMap((result) => (result.problem ? [result.problem] : [])),
    };
  });
}
