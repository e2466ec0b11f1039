import { z } from 'zod';
import { connectorIdSchema } from '../connectors/connector';
import { MAX_DEFINITION_FILE_BYTES } from './definition-file';
import { CONFLICT_CHOICES, type ImportConflict } from './import-plan';
import type { FileProblem } from './problems';

/** The requests and answers of the import and export channels (see src/ipc/contract.ts). */

export const EXPORT_LAYOUTS = ['bundle', 'folder'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/** More files than anyone drops by hand; keeps one import's memory bounded. */
export const MAX_FILES_PER_IMPORT = 200;
const MAX_DROPPED_TEXT_TOTAL = 4 * MAX_DEFINITION_FILE_BYTES;

export const exportManyRequestSchema = z
  .object({
    ids: z.array(connectorIdSchema).min(1, 'Choose at least one connector to export.').max(10_000),
    layout: z.enum(EXPORT_LAYOUTS),
  })
  .strict();

export type ExportManyOutcome =
  | { readonly saved: false }
  | {
      readonly saved: true;
      readonly layout: ExportLayout;
      /** The bundle file, or the folder the files went into. */
      readonly path: string;
      readonly fileCount: number;
      /** Files in the folder that had the same name and were overwritten. */
      readonly replaced: number;
    };

const fileName = z.string().min(1).max(255);

/**
 * Dropped files arrive as text, since a drop has no path. A file over the size limit is not
 * read by the page at all; it is sent by size only so the report can name it.
 */
export const droppedFilesRequestSchema = z
  .object({
    files: z
      .array(
        z.union([
          z.object({ name: fileName, text: z.string().max(MAX_DEFINITION_FILE_BYTES) }).strict(),
          z.object({ name: fileName, size: z.number().int().nonnegative() }).strict(),
        ]),
      )
      .min(1, 'No files were dropped.')
      .max(MAX_FILES_PER_IMPORT, `Import at most ${MAX_FILES_PER_IMPORT} files at once.`)
      .refine(
        (files) =>
          files.reduce((sum, file) => sum + ('text' in file ? file.text.length : 0), 0) <=
          MAX_DROPPED_TEXT_TOTAL,
        { message: 'Too much text in one drop; import the files in smaller groups.' },
      ),
  })
  .strict();

export const importCommitRequestSchema = z
  .object({ planId: z.uuid(), onConflict: z.enum(CONFLICT_CHOICES) })
  .strict();

/** What the user reviews before anything is stored. */
export interface ImportPreview {
  /** Present only when the import can go ahead; commits it. */
  readonly planId: string | null;
  readonly files: readonly {
    readonly file: string;
    readonly connectorCount: number;
    readonly notes: readonly string[];
  }[];
  readonly problems: readonly FileProblem[];
  readonly conflicts: readonly ImportConflict[];
  readonly connectorCount: number;
}

export interface ImportOutcome {
  readonly added: number;
  readonly replaced: number;
  readonly copied: number;
  readonly skipped: number;
}

/** "3 connectors imported (1 replaced, 1 skipped)." */
export function describeImportOutcome(outcome: ImportOutcome): string {
  const stored = outcome.added + outcome.replaced + outcome.copied;
  const plural = (count: number) => `${count} connector${count === 1 ? '' : 's'}`;
  const details = [
    outcome.replaced > 0 ? `${outcome.replaced} replaced` : '',
    outcome.copied > 0 ? `${outcome.copied} kept as copies` : '',
    outcome.skipped > 0 ? `${outcome.skipped} skipped` : '',
  ].filter((part) => part !== '');
  return `${plural(stored)} imported${details.length > 0 ? ` (${details.join(', ')})` : ''}.`;
}
