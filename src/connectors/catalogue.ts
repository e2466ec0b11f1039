/**
 * The Dev Portal's catalogue: connector types, flows and execution modes, with the labels the
 * Dev Portal shows and the values its API uses. Where Productsup has not documented a value, the
 * entry says so in `inferred` so the UI can show it honestly.
 */

export type Direction = 'Inbound' | 'Outbound' | 'Transform';

export interface ConnectorTypeInfo {
  readonly value: ConnectorType;
  readonly label: string;
  readonly direction: Direction | null;
  readonly summary: string;
  /** True when the API value or direction is our inference, not seen in Productsup's material. */
  readonly inferred: boolean;
}

export const CONNECTOR_TYPES = [
  'datasource',
  'export',
  'export-delta',
  'data-service',
  'download',
  'transform',
  'write',
  'upload',
] as const;
export type ConnectorType = (typeof CONNECTOR_TYPES)[number];

export const CONNECTOR_TYPE_INFO: Readonly<Record<ConnectorType, ConnectorTypeInfo>> = {
  datasource: {
    value: 'datasource',
    label: 'Data source',
    direction: 'Inbound',
    summary: 'Imports product data from an external system during the import phase.',
    inferred: false,
  },
  export: {
    value: 'export',
    label: 'Export',
    direction: 'Outbound',
    summary: "Sends a site's processed products to a third-party channel and reports feedback.",
    inferred: false,
  },
  'export-delta': {
    value: 'export-delta',
    label: 'Export delta',
    direction: 'Outbound',
    summary: 'Like Export, but receives new, modified, unchanged and deleted products separately.',
    inferred: true,
  },
  'data-service': {
    value: 'data-service',
    label: 'Data service',
    direction: 'Transform',
    summary: 'Validates, enriches or reshapes products already in the pipeline.',
    inferred: false,
  },
  download: {
    value: 'download',
    label: 'Download',
    direction: 'Inbound',
    summary: 'Downloads files over HTTP(S) into exchange storage.',
    inferred: true,
  },
  transform: {
    value: 'transform',
    label: 'Transform',
    direction: 'Transform',
    summary: 'Parses files in exchange storage into product rows (pairs with Download).',
    inferred: false,
  },
  write: {
    value: 'write',
    label: 'Write',
    direction: null,
    summary: 'Named by Productsup without a description; probably writes product data to a file.',
    inferred: true,
  },
  upload: {
    value: 'upload',
    label: 'Upload',
    direction: null,
    summary: 'Named by Productsup without a description; probably sends files to a destination.',
    inferred: true,
  },
};

export const FLOWS = ['default', 'standalone', 'migration'] as const;
export type Flow = (typeof FLOWS)[number];

export interface FlowInfo {
  readonly value: Flow;
  readonly label: string;
  readonly summary: string;
  readonly internal: boolean;
  readonly validFor: readonly ConnectorType[];
}

export const DEFAULT_FLOW: Flow = 'default';

export const FLOW_INFO: Readonly<Record<Flow, FlowInfo>> = {
  default: {
    value: 'default',
    label: 'Default',
    summary: 'Assigned to the dev and prod platform sites and synced to them. The usual choice.',
    internal: false,
    validFor: CONNECTOR_TYPES,
  },
  standalone: {
    value: 'standalone',
    label: 'Standalone',
    summary: 'Not assigned to platform sites; runs on its own without a site context.',
    internal: false,
    validFor: CONNECTOR_TYPES,
  },
  migration: {
    value: 'migration',
    label: 'Migration',
    summary: 'Internal to Productsup: for connectors that migrate data.',
    internal: true,
    validFor: ['datasource', 'export', 'export-delta', 'data-service'],
  },
};

export const EXECUTION_MODES = ['as-env-variables', 'as-command-options'] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

export const DEFAULT_EXECUTION_MODE: ExecutionMode = 'as-env-variables';

export const EXECUTION_MODE_INFO: Readonly<
  Record<
    ExecutionMode,
    { readonly value: ExecutionMode; readonly label: string; readonly summary: string }
  >
> = {
  'as-env-variables': {
    value: 'as-env-variables',
    label: 'Environment variable',
    summary: 'Configuration values reach your code as environment variables (recommended).',
  },
  'as-command-options': {
    value: 'as-command-options',
    label: 'Command options',
    summary: 'Configuration values are appended to your command as --option=value flags.',
  },
};

/** Whether `flow` may be chosen for a connector of `type`. */
export function isFlowValidForType(flow: Flow, type: ConnectorType): boolean {
  return FLOW_INFO[flow].validFor.includes(type);
}

/** The flows the form offers for a type; internal flows only when the user has asked for them. */
export function flowsForType(type: ConnectorType | null, showInternalFlows: boolean): Flow[] {
  return FLOWS.filter((flow) => {
    const info = FLOW_INFO[flow];
    if (info.internal && !showInternalFlows) return false;
    return type === null || info.validFor.includes(type);
  });
}
