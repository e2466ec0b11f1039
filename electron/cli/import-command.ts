import { randomUUID } from 'node:crypto';
import {
  CONFLICT_CHOICES,
  resolveImport,
  type ConflictChoice,
} from '../../src/definition/import-plan';
import { describeImportOutcome } from '../../src/definition/transfer-contract';
import { lockDataFolder } from '../main/store/data-folder-lock';
import { openConnectorStore } from '../main/store/connector-store';
import type { CliCommand } from './command';
import { parseOrExplain, planFromPaths, report } from './definition-cli-support';

const HELP = `Usage:
  connector-studio import --data-dir <dir> [--on-conflict keep-both|replace|skip] <files...>
      Import connector definition files into a data folder: every file is checked first,
      and then all connectors are stored in one write, or none when anything is wrong.
      A connector whose id is already stored needs --on-conflict:
        keep-both  store the imported one under a new id, named "<name> - Copy"
        replace    overwrite the stored one (refused if it would unlock a created connector)
        skip       keep the stored one
`;

export const importCommand: CliCommand = {
  summary: 'import definition files into a data folder, all or nothing',
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
    const dataDir = values['data-dir'];
    if (dataDir === undefined || positionals.length === 0) {
      io.stderr(`import: give --data-dir and at least one file.\n\n${HELP}`);
      return 2;
    }
    const lock = await lockDataFolder(dataDir, 'cli');
    try {
      const store = await openConnectorStore(dataDir);
      const existing = (id: string) => store.find(id);
      const plan = await planFromPaths(positionals, existing);
      if (!report(plan, io)) {
        io.stderr('Nothing was imported.\n');
        return 1;
      }
      if (plan.conflicts.length > 0 && choice === undefined) {
        for (const conflict of plan.conflicts) {
          io.stdout(
            `${conflict.file}: connector ${conflict.id} ("${conflict.existingName}") is already stored\n`,
          );
        }
        io.stderr('Nothing was imported: choose --on-conflict keep-both, replace or skip.\n');
        return 1;
      }
      const resolved = resolveImport(
        plan,
        (choice ?? 'skip') as ConflictChoice,
        existing,
        randomUUID,
      );
      if (!resolved.ok) {
        io.stderr(`${resolved.message}\nNothing was imported.\n`);
        return 1;
      }
      await store.saveMany(resolved.value.toSave);
      await store.close();
      io.stdout(`${describeImportOutcome(resolved.value)}\n`);
      return 0;
    } finally {
      await lock.release();
    }
  },
};
