import type { Connector, ConnectorFields } from '../connectors/connector';
import { LOCKED_FIELDS, fieldInfo } from '../connectors/fields';
import { duplicateName } from '../connectors/rules';
import type { FileProblem } from './problems';
import type { ReadConnector } from './read-definition';

/** One file after reading and logo checks: its connectors, or the problems that block it. */
export interface ImportSource {
  readonly file: string;
  readonly connectors: readonly ReadConnector[];
  readonly notes: readonly string[];
  readonly problems: readonly FileProblem[];
}

export const CONFLICT_CHOICES = ['keep-both', 'replace', 'skip'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export interface ImportConflict {
  readonly id: string;
  readonly file: string;
  readonly importedName: string;
  readonly existingName: string;
  /** Why "replace" is not allowed for this connector, or null when it is. */
  readonly replaceRefusal: string | null;
}

export interface ImportPlan {
  readonly files: readonly { file: string; connectorCount: number; notes: readonly string[] }[];
  /** Non-empty means nothing may be imported. */
  readonly problems: readonly FileProblem[];
  readonly incoming: readonly { file: string; connector: Connector }[];
  readonly conflicts: readonly ImportConflict[];
}

/** Lookup of a stored connector by id in any case, active or in the bin. */
export type ExistingLookup = (id: string) => ConnectorFields | undefined;

/**
 * Why replacing `existing` with `incoming` would break a lock, or null. A created connector's
 * type, flow, execution mode and owner are fixed, and it cannot turn back into a draft.
 */
export function replaceRefusal(existing: ConnectorFields, incoming: Connector): string | null {
  if (existing.status !== 'created') return null;
  const label = existing.name.trim() || 'Untitled draft';
  if (incoming.status !== 'created') {
    return `"${label}" is created here and the file has it as a draft; a created connector stays created.`;
  }
  const changed = LOCKED_FIELDS.filter((field) => existing[field] !== incoming[field]);
  if (changed.length === 0) return null;
  const names = changed.map((field) => fieldInfo(field).label.toLowerCase()).join(', ');
  return `Replacing "${label}" would change its ${names}, which are fixed once a connector is created.`;
}

/** A note for a connector whose owner is not one of the user's organizations, or null. */
function ownerNote(connector: Connector, isKnownOwner: (id: string) => boolean): string | null {
  if (isKnownOwner(connector.owner)) return null;
  const label = connector.name.trim() || 'Untitled draft';
  return connector.status === 'created'
    ? `"${label}" is owned by organization ${connector.owner}, which is not in your Settings; as a created connector it keeps that owner.`
    : `"${label}" is owned by organization ${connector.owner}, which is not in your Settings; choose one of yours before creating it, or add that organization in Settings.`;
}

/**
 * Cross-file checks and conflicts with the store; no side effects. `isKnownOwner` tells whether
 * an organization is one of the user's, so the preview can point out foreign owners.
 */
export function planImport(
  sources: readonly ImportSource[],
  existing: ExistingLookup,
  isKnownOwner: (id: string) => boolean = () => true,
): ImportPlan {
  const problems: FileProblem[] = sources.flatMap((source) => source.problems);
  // Ids are compared in lower case: a UUID names the same connector in any case.
  const seen = new Map<string, string>();
  const incoming: { file: string; connector: Connector }[] = [];
  const conflicts: ImportConflict[] = [];
  for (const source of sources) {
    for (const read of source.connectors) {
      const earlierFile = seen.get(read.connector.id.toLowerCase());
      if (earlierFile !== undefined) {
        const where = earlierFile === source.file ? 'earlier in this file' : `in ${earlierFile}`;
        problems.push({
          file: source.file,
          pointer: `${read.pointer}/id`,
          message: `The connector id ${read.connector.id} is also ${where}; import one of the two.`,
        });
        continue;
      }
      seen.set(read.connector.id.toLowerCase(), source.file);
      const stored = existing(read.connector.id);
      // A stored id keeps its spelling, so "replace" overwrites that connector.
      const connector = stored ? { ...read.connector, id: stored.id } : read.connector;
      incoming.push({ file: source.file, connector });
      if (stored) {
        conflicts.push({
          id: connector.id,
          file: source.file,
          importedName: connector.name,
          existingName: stored.name,
          replaceRefusal: replaceRefusal(stored, connector),
        });
      }
    }
  }
  const files = sources.map((source) => ({
    file: source.file,
    connectorCount: source.connectors.length,
    notes: [
      ...source.notes,
      ...source.connectors.flatMap(({ connector }) => ownerNote(connector, isKnownOwner) ?? []),
    ],
  }));
  return { files, problems, incoming, conflicts };
}

export interface ResolvedImport {
  readonly toSave: Connector[];
  readonly added: number;
  readonly replaced: number;
  readonly copied: number;
  readonly skipped: number;
}

/**
 * Applies the user's answer to the conflicts. Conflicts are looked up again against the store
 * as it is now, so a connector added since the preview is treated the same way.
 */
export function resolveImport(
  plan: ImportPlan,
  choice: ConflictChoice,
  existing: ExistingLookup,
  newId: () => string,
): { ok: true; value: ResolvedImport } | { ok: false; message: string } {
  const toSave: Connector[] = [];
  let replaced = 0;
  let copied = 0;
  let skipped = 0;
  for (const { connector } of plan.incoming) {
    const stored = existing(connector.id);
    if (!stored) {
      toSave.push(connector);
    } else if (choice === 'skip') {
      skipped++;
    } else if (choice === 'replace') {
      const refusal = replaceRefusal(stored, connector);
      if (refusal !== null)
        return { ok: false, message: `${refusal} Choose "Keep both" or "Skip".` };
      toSave.push(connector);
      replaced++;
    } else {
      toSave.push({ ...connector, id: newId(), name: duplicateName(connector.name) });
      copied++;
    }
  }
  const added = toSave.length - replaced - copied;
  return { ok: true, value: { toSave, added, replaced, copied, skipped } };
}
