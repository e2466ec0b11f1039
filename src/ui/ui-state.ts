import { z } from 'zod';
import { connectorIdSchema } from '../connectors/connector';

/**
 * What the window remembers between launches that is not a setting: which connector was open.
 * Losing it costs a click, so a damaged file falls back to the defaults instead of failing.
 */
export const uiStateSchema = z
  .object({
    lastOpenConnectorId: connectorIdSchema.nullable().default(null),
  })
  .strict();
export type UiState = z.infer<typeof uiStateSchema>;

export const DEFAULT_UI_STATE: UiState = { lastOpenConnectorId: null };
