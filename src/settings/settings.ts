import { z } from 'zod';
import { organizationIdSchema } from '../connectors/connector';
import { LIMITS } from '../connectors/limits';
import { visibleText } from '../connectors/visible-text';

/**
 * Local settings. The Dev Portal knows which organizations the user belongs to; offline we let
 * the user keep that list. The first organization is "your own organization" and the default
 * owner of new connectors.
 */
export const organizationSchema = z
  .object({
    id: organizationIdSchema,
    name: z
      .string()
      .trim()
      .min(1, 'An organization needs a name.')
      .max(
        LIMITS.organizationName,
        `Organization names can be at most ${LIMITS.organizationName} characters.`,
      )
      .superRefine(visibleText('The organization name', false)),
  })
  .strict();
export type Organization = z.infer<typeof organizationSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const settingsSchema = z
  .object({
    organizations: z
      .array(organizationSchema)
      .min(1, 'Keep at least one organization: new connectors need an owner.')
      .max(100)
      .refine((orgs) => new Set(orgs.map((org) => org.id)).size === orgs.length, {
        message: 'Two organizations have the same id.',
      }),
    /** Shows the internal-only Migration flow in the form. */
    showInternalFlows: z.boolean(),
    /** Colours of the app; files written before themes existed load as 'system'. */
    theme: themeSchema.default('system'),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export function defaultOwner(settings: Settings): Organization {
  const first = settings.organizations[0];
  if (!first) throw new Error('Settings hold no organization');
  return first;
}

export function isMemberOf(settings: Settings, organizationId: string): boolean {
  return settings.organizations.some((org) => org.id === organizationId);
}
