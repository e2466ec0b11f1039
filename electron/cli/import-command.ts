import { randomUUID } from 'node:crypto';
import {
  CONFLICT_CHOICES,
  resolveImport,
  type ConflictChoice,
} from '../../src/definition/import-plan';
import { describeImportOutcome } from '../../src/definition/transfer-contract';
import { existingIgnoringCase } from '../main/files/existing-lookup';
import { isOneOf, organizationsInDataFolder } from '../main/files/known-owners';
import { lockDataFolder } from '../main/store/data-folder-lock';
import { openConnectorStore } from '../main/store/connector-store';
import type { CliCommand, CliIo } from './command';
import { chooseDataDir, DATA_DIR_HELP, inspectDataFolder, notADataFolder } from './data-folder';
import { planFromPaths, report } from './definition-cli-support';
import { parseOrExplain } from './parse-options';
import { count } from './plain-words';

const HELP = `Usage:
  connector-studio import [--data-dir <dir>] [--on-conflict <choice>] <files...>
      Import connector definition files into a data folder: every file is checked first,
      and then all connectors are stored in one write, or none when anything is wrong.
      A folder that does not exist yet, or an empty one, becomes a new data folder, but
      only when the import succeeds: a failed import creates nothing.

Options:
${DATA_DIR_HELP}
      --on-conflict <choice>
                        what to do with a connector whose id is already stored:
                          keep-both  store the imported one under a new id, named
                                     "<name> - Copy"
                          replace    overwrite the stored one (refused if it would
                                     unlock a created connector)
                          skip       keep the stored one
  -h, --help            this text
`;

/** Checks and stores the files; the folder is created (by the lock) only once they pass. */
async function importInto(
  dataDir: string,
  files: readonly string[],
  choice: ConflictChoice | undefined,
  io: CliIo,
): Promise<number> {
  const lock = await lockDataFolder(dataDir, 'cli');
  try {
    const store = await openConnectorStore(dataDir);
    try {
      const existing = existingIgnoringCase(store);
      const organizations = await organizationsInDataFolder(dataDir);
      const isKnownOwner = organizations === null ? undefined : isOneOf(organizations);
      const plan = await planFromPaths(files, existing, isKnownOwner);
      const problems = report(plan, io);
      if (problems !== null) {
        io.stderr(`${problems}; nothing was imported.\n`);
        return 1;
      }
      if (plan.conflicts.length > 0 && choice === undefined) {
        for (const conflict of plan.conflicts) {
          io.stdout(
            `${conflict.file}: connector ${conflict.id} ("${conflict.existingName}") is already stored\n`,
          );
        }
        const stored = `${count(plan.conflicts.length, 'connector')} already stored`;
        io.stderr(
          `${stored}; choose --on-conflict keep-both, replace or skip. Nothing was imported.\n`,
        );
        return 1;
      }
      const resolved = resolveImport(plan, choice ?? 'skip', existing, randomUUID);
      if (!resolved.ok) {
        io.stderr(`${resolved.message} Nothing was imported.\n`);
        return 1;
      }
      await store.saveMany(resolved.value.toSave);
      io.stdout(`${describeImportOutcome(resolved.value)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  } finally {
    await lock.release();
  }
}

export const importCommand: CliCommand = {
  help: HELP,
  async run(args, io) {
    const parsed = parseOrExplain(
      {
        args,
        allowPositionals: true,
        options: {
          'data-dir': { type: 'string' },
          'on-conflict': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      },
      HELP,
      io,
    );
    if (parsed === null) return 2;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    const choice = values['on-conflict'];
    if (choice !== undefined && !(CONFLICT_CHOICES as readonly string[]).includes(choice)) {
      io.stderr(`import: --on-conflict must be one of ${CONFLICT_CHOICES.join(', ')}.\n`);
      return 2;
    }
    if (positionals.length === 0) {
      io.stderr(`import: no files given.\n\n${HELP}`);
      return 2;
    }
    const dataDir = chooseDataDir(values['data-dir']);
    const state = await inspectDataFolder(dataDir);
    if (state === 'file' || state === 'other-folder') {
      const hint = state === 'other-folder' ? ' Name a new or empty folder to start one.' : '';
      io.stderr(`import: ${notADataFolder(dataDir, state)}${hint}\n`);
      return 1;
    }
    if (state !== 'data-folder') {
      // A new folder: check everything before anything is created.
      const problems = report(await planFromPaths(positionals, () => undefined), io);
      if (problems !== null) {
        io.stderr(`${problems}; nothing was imported.\n`);
        return 1;
      }
    }
    const code = await importInto(dataDir, positionals, choice as ConflictChoice | undefined, io);
    if (code === 0 && state !== 'data-folder') io.stdout(`New data folder: ${dataDir}\n`);
    return code;
  },
};
