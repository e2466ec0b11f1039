import { z } from 'zod';
import type { Connector, ConnectorSummary } from '../connectors/connector';
import { connectorIdSchema, detailsShape } from '../connectors/connector';
import { LIMITS } from '../connectors/limits';
import type { AppliedChange } from '../connectors/rules';
import {
  droppedFilesRequestSchema,
  exportManyRequestSchema,
  importCommitRequestSchema,
  type ExportManyOutcome,
  type ImportOutcome,
  type ImportPreview,
} from '../definition/transfer-contract';
import { LOGO_MAX_BYTES, type LogoReport } from '../logos/logo-report';
import type { Result } from '../result';
import { settingsSchema, type Settings } from '../settings/settings';
import type { RestoreSummary, StoreRecoveryStatus } from '../store/recovery-status';
import type { UiState } from '../ui/ui-state';
import type { ChannelName } from './channels';
import type { StudioEventApi } from './events';

/**
 * The IPC contract: for each channel, the strict schema its single payload object must pass in
 * the main process, and the type of the value its Result carries back.
 */
interface ChannelSpec<Request extends z.ZodType, Response> {
  readonly request: Request;
  /** Type-only marker; never read at runtime. */
  readonly response?: Response;
}

function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): ChannelSpec<Request, Response> => ({
    request,
  });
}

const empty = z.object({}).strict();
const byId = z.object({ id: connectorIdSchema }).strict();

/** Renderer-editable details. The logo is absent on purpose: it only arrives through the sanitizer. */
const { logo: _logo, ...editableShape } = detailsShape;
export const detailsChangeSchema = z
  .object(editableShape)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: 'Nothing to change.' });

/** Names a sanitized logo the main process holds until the user attaches or drops it. */
const logoTokenSchema = z.uuid({ message: 'Expected a logo token.' });

/** A sanitizer report, plus the token that attaches its result when the logo was accepted. */
export interface InspectedLogo {
  readonly fileName: string;
  readonly report: LogoReport;
  readonly token: string | null;
}

export type ExportOutcome =
  { readonly saved: false } | { readonly saved: true; readonly path: string };

export const contract = {
  'connectors:list': channel<ConnectorSummary[]>()(empty),
  'connectors:get': channel<Connector>()(byId),
  'connectors:new-draft': channel<Connector>()(empty),
  'connectors:update': channel<AppliedChange>()(
    z.object({ id: connectorIdSchema, changes: detailsChangeSchema }).strict(),
  ),
  'connectors:create': channel<Connector>()(byId),
  'connectors:duplicate': channel<Connector>()(byId),
  'connectors:move-to-bin': channel<ConnectorSummary>()(byId),
  'connectors:restore': channel<ConnectorSummary>()(byId),
  'connectors:list-bin': channel<ConnectorSummary[]>()(empty),
  'connectors:export': channel<ExportOutcome>()(byId),
  'connectors:export-many': channel<ExportManyOutcome>()(exportManyRequestSchema),
  'connectors:import-open': channel<ImportPreview | { readonly cancelled: true }>()(empty),
  'connectors:import-dropped': channel<ImportPreview>()(droppedFilesRequestSchema),
  'connectors:import-commit': channel<ImportOutcome>()(importCommitRequestSchema),
  'connectors:attach-logo': channel<Connector>()(
    z.object({ id: connectorIdSchema, token: logoTokenSchema }).strict(),
  ),
  'connectors:remove-logo': channel<Connector>()(byId),
  'connectors:logo-thumbnails': channel<Record<string, string>>()(
    z.object({ ids: z.array(connectorIdSchema).max(500) }).strict(),
  ),
  'logos:inspect': channel<InspectedLogo>()(
    z
      .object({
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LOGO_MAX_BYTES, {
          message: `Logo files can be at most ${LOGO_MAX_BYTES / 1024 / 1024} MiB.`,
        }),
        fileName: z.string().max(LIMITS.genericString),
      })
      .strict(),
  ),
  'logos:choose-file': channel<InspectedLogo | { readonly cancelled: true }>()(empty),
  'links:open-external': channel<{ readonly url: string }>()(
    z.object({ url: z.string().max(LIMITS.genericString) }).strict(),
  ),
  'settings:get': channel<Settings>()(empty),
  'settings:update': channel<Settings>()(z.object({ settings: settingsSchema }).strict()),
  'ui:get-state': channel<UiState>()(empty),
  'ui:remember-open': channel<UiState>()(z.object({ id: connectorIdSchema.nullable() }).strict()),
  'store:recovery-status': channel<StoreRecoveryStatus>()(empty),
  'store:restore-backup': channel<RestoreSummary>()(empty),
  /** The window's answer to `app:flush-requested`: its pending edits are saved. */
  'app:flushed': channel<{ readonly awaited: boolean }>()(
    z.object({ requestId: z.uuid() }).strict(),
  ),
} satisfies { readonly [K in ChannelName]: ChannelSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends ChannelName> = NonNullable<Contract[K]['response']>;

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;
type DomainOf<K> = K extends `${infer Domain}:${string}` ? Domain : never;
type MethodOf<K> = K extends `${string}:${infer Action}` ? Camel<Action> : never;

/**
 * The shape of `window.api`: one async function per channel, grouped by domain, plus one
 * listener function per main-process event.
 */
export type StudioApi = {
  readonly [D in DomainOf<ChannelName>]: {
    readonly [K in ChannelName as DomainOf<K> extends D ? MethodOf<K> : never]: (
      request: RequestOf<K>,
    ) => Promise<Result<ResponseOf<K>>>;
  };
} & StudioEventApi;
