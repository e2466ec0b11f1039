/**
 * Names, for people, the parts of the platform's connector JSON that an import leaves out. The
 * import notes are prose; JSON pointers belong only in the problem lists, where a user has to
 * find the exact spot in the file.
 */

/** The wizard step or plain name of a key; keys not listed read as their words. */
const PART_NAMES: Readonly<Record<string, string>> = {
  integrator: 'integrator',
  'main-version-number': 'main version number',
  state: 'state',
  platform_dev_reference: 'platform references',
  vcs: 'Version Control configuration',
  application: 'Application configuration',
  individuals: 'Individual configuration',
  'authentication-registrations': 'authentication registrations',
  'authentication-registrations-additional-fields': 'authentication registrations',
  'secret-registrations': 'secret registrations',
  datasource: 'Type-specific configuration',
  export: 'Type-specific configuration',
  'data-service': 'Type-specific configuration',
  migration: 'migration settings',
  docker: 'Docker image settings',
  'update-progress': 'update progress',
  'feature-flags': 'feature flags',
};

export function partName(key: string): string {
  return PART_NAMES[key] ?? key.replace(/[-_]+/g, ' ');
}

function listed(keys: readonly string[]): string {
  const names = [...new Set(keys.map(partName))];
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * One sentence on what was left out: keys of the connector itself, then keys of the version
 * that was read (its own keys and those of its `config`, in one list).
 */
export function ignoredPartsNote(
  connectorKeys: readonly string[],
  versionKeys: readonly string[],
  version: string,
): string | null {
  const parts: string[] = [];
  if (connectorKeys.length > 0) parts.push(`the connector's ${listed(connectorKeys)}`);
  if (versionKeys.length > 0) parts.push(`version ${version}'s ${listed(versionKeys)}`);
  if (parts.length === 0) return null;
  return `Left out, because they are not part of Connector details: ${parts.join('; ')}.`;
}
