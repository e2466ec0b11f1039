import { DEFAULT_EXECUTION_MODE, DEFAULT_FLOW } from './catalogue';
import type { DetailsField } from './connector';

/**
 * The Connector details step's field table, as the Dev Portal defines it: label, whether it is
 * required, whether it can change after creation, and its default.
 */
export interface FieldInfo {
  readonly field: DetailsField;
  readonly label: string;
  readonly required: boolean;
  readonly editableAfterCreation: boolean;
  /** A human description of the default, or null when the field has none. */
  readonly defaultLabel: string | null;
  readonly help: string;
}

export const FIELD_TABLE: readonly FieldInfo[] = [
  {
    field: 'name',
    label: 'Name',
    required: true,
    editableAfterCreation: true,
    defaultLabel: null,
    help: 'Shown in the Dev Portal and to end users when they add the connector to a site.',
  },
  {
    field: 'type',
    label: 'Type',
    required: true,
    editableAfterCreation: false,
    defaultLabel: null,
    help: 'What the connector does on the platform.',
  },
  {
    field: 'description',
    label: 'Description',
    required: false,
    editableAfterCreation: true,
    defaultLabel: 'empty',
    help: 'Short text shown to end users while they browse connectors.',
  },
  {
    field: 'flow',
    label: 'Flow',
    required: false,
    editableAfterCreation: false,
    defaultLabel: DEFAULT_FLOW,
    help: 'How the connector is deployed to the platform.',
  },
  {
    field: 'executionMode',
    label: 'Execution mode',
    required: false,
    editableAfterCreation: false,
    defaultLabel: DEFAULT_EXECUTION_MODE,
    help: 'How configuration values reach your code at runtime.',
  },
  {
    field: 'owner',
    label: 'Owner',
    required: false,
    editableAfterCreation: false,
    defaultLabel: 'your own organization',
    help: 'The organization that owns the connector. You must be a member of it.',
  },
  {
    field: 'readme',
    label: 'Readme',
    required: false,
    editableAfterCreation: true,
    defaultLabel: 'empty',
    help: 'Longer setup and usage text for end users.',
  },
  {
    field: 'logo',
    label: 'Logo',
    required: false,
    editableAfterCreation: true,
    defaultLabel: 'none',
    help: 'An SVG image; uploaded separately from the other fields.',
  },
];

/** The fields that are fixed once a connector is created. */
export const LOCKED_FIELDS = FIELD_TABLE.filter((info) => !info.editableAfterCreation).map(
  (info) => info.field,
) as readonly DetailsField[];

export const LOCK_REASON = 'Fixed at creation; duplicate the connector to choose another value.';

export function fieldInfo(field: DetailsField): FieldInfo {
  const info = FIELD_TABLE.find((entry) => entry.field === field);
  if (!info) throw new Error(`Unknown field ${field}`);
  return info;
}
