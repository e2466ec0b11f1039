import { randomUUID } from 'node:crypto';
import {
  planImport,
  resolveImport,
  type ExistingLookup,
  type ImportPlan,
} from '../../../src/definition/import-plan';
import type { ImportPreview } from '../../../src/definition/transfer-contract';
import { fail, ok, type Result } from '../../../src/result';
import { existingIgnoringCase } from '../files/existing-lookup';
import { isOneOf } from '../files/known-owners';
import { loadDefinitions } from '../files/load-definitions';
import {
  readDefinitionFile,
  sizeRefusal,
  type DefinitionInput,
} from '../files/read-definition-file';
import { log } from '../log';
import type { FileHandlerDeps } from './file-handlers';
import type { HandlerTable } from './handler-table';

type ImportChannels =
  'connectors:import-open' | 'connectors:import-dropped' | 'connectors:import-commit';

/** How many finished plan ids are remembered, to tell "already done" from "replaced". */
const REMEMBERED_DONE = 20;

/**
 * Import in two steps: a preview (everything read and checked, nothing stored) and a commit
 * with the user's answer to conflicts. Only the latest preview can be committed, and only once:
 * the commit takes the plan before it saves, so a second commit of the same preview (a double
 * click, a repeated call) is refused instead of importing twice. The plan stays in the main
 * process, so the page cannot alter what was checked.
 */
export function importHandlers(deps: FileHandlerDeps): Pick<HandlerTable, ImportChannels> {
  let pending: { id: string; plan: ImportPlan } | null = null;
  const done: string[] = [];
  const existing = (): ExistingLookup => existingIgnoringCase(deps.connectors);

  const preview = (inputs: readonly DefinitionInput[]): Result<ImportPreview> => {
    const isKnownOwner = isOneOf(deps.settings.get().organizations);
    const plan = planImport(loadDefinitions(inputs, deps.now()), existing(), isKnownOwner);
    const usable = plan.problems.length === 0 && plan.incoming.length > 0;
    pending = usable ? { id: randomUUID(), plan } : null;
    log.info(`Import preview: ${inputs.length} files, ${plan.problems.length} problems`);
    return ok({
      planId: pending?.id ?? null,
      files: plan.files,
      problems: plan.problems,
      conflicts: plan.conflicts,
      connectorCount: plan.incoming.length,
    });
  };

  return {
    'connectors:import-open': async () => {
      const paths = await deps.dialogs.chooseOpenPaths({
        title: 'Import connector definitions',
        multiple: true,
        filters: [{ name: 'Connector definition', extensions: ['json'] }],
      });
      if (paths.length === 0) return ok({ cancelled: true as const });
      return preview(await Promise.all(paths.map((path) => readDefinitionFile(path))));
    },
    'connectors:import-dropped': async ({ files }) =>
      preview(
        files.map((file) =>
          'text' in file
            ? { file: file.name, text: file.text }
            : { file: file.name, refusal: sizeRefusal(file.size) },
        ),
      ),
    'connectors:import-commit': async ({ planId, onConflict }) => {
      if (done.includes(planId)) {
        return fail('CONFLICT', 'This import was already done; start a new import to add more.');
      }
      if (pending === null || pending.id !== planId) {
        return fail('NOT_FOUND', 'This import is no longer waiting; start it again.');
      }
      const taken = pending;
      const resolved = resolveImport(taken.plan, onConflict, existing(), randomUUID);
      if (!resolved.ok) return fail('LOCKED_FIELD', resolved.message);
      // Taken before the first await: a commit arriving meanwhile finds it done.
      pending = null;
      done.push(taken.id);
      if (done.length > REMEMBERED_DONE) done.shift();
      try {
        await deps.connectors.saveMany(resolved.value.toSave);
      } catch (error) {
        log.error('Saving imported connectors failed', error);
        // Nothing was stored, so the same preview may be tried again unless a newer one exists.
        done.splice(done.indexOf(taken.id), 1);
        pending ??= taken;
        return fail(
          'IO',
          'Could not save to the data folder; nothing was imported. Check free disk space and permissions.',
        );
      }
      const { added, replaced, copied, skipped } = resolved.value;
      log.info(`Imported ${resolved.value.toSave.length} connectors`);
      return ok({ added, replaced, copied, skipped });
    },
  };
}
