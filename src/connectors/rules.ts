import { fail, ok, type Result } from '../result';
import { isMemberOf, type Settings } from '../settings/settings';
import { DEFAULT_FLOW, FLOW_INFO, isFlowValidForType } from './catalogue';
import type { Connector, ConnectorDetails, DetailsField } from './connector';
import { LOCK_REASON, LOCKED_FIELDS, fieldInfo } from './fields';
import { LIMITS } from './limits';

export interface Problem {
  readonly field: DetailsField;
  readonly message: string;
}

/**
 * Everything that stands between a draft and "Create connector". The form shows these as the
 * reason the button is disabled; the main process refuses creation while any remain.
 */
export function creationProblems(details: ConnectorDetails, settings: Settings): Problem[] {
  const problems: Problem[] = [];
  if (details.name.trim() === '') problems.push({ field: 'name', message: 'Name is required.' });
  if (details.type === null) {
    problems.push({ field: 'type', message: 'Type is required.' });
  } else if (!isFlowValidForType(details.flow, details.type)) {
    problems.push({
      field: 'flow',
      message: `The ${FLOW_INFO[details.flow].label} flow is not available for this type.`,
    });
  }
  if (!isMemberOf(settings, details.owner)) {
    problems.push({ field: 'owner', message: 'Owner must be one of your organizations.' });
  }
  return problems;
}

export interface AppliedChange {
  readonly connector: Connector;
  /** Things the main process changed on the user's behalf, to be said out loud. */
  readonly notices: readonly string[];
}

/**
 * Applies a partial edit of the details to a connector, enforcing the locks and the rules that
 * hold even for drafts. Pure: `now` is the caller's clock.
 */
export function applyDetailsChange(
  connector: Connector,
  changes: Partial<ConnectorDetails>,
  settings: Settings,
  now: string,
): Result<AppliedChange> {
  const changedKeys = Object.keys(changes) as DetailsField[];
  if (connector.status === 'created') {
    // Any mention of a locked field is refused, even with the stored value: a client that sends
    // locked fields on a created connector has misunderstood the contract.
    const locked = changedKeys.find((key) => LOCKED_FIELDS.includes(key));
    if (locked !== undefined) {
      return fail(
        'LOCKED_FIELD',
        `${fieldInfo(locked).label} cannot be changed. ${LOCK_REASON}`,
        locked,
      );
    }
  }
  if (changes.owner !== undefined && !isMemberOf(settings, changes.owner)) {
    return fail('VALIDATION', 'Owner must be one of your organizations.', 'owner');
  }
  if (
    changes.flow !== undefined &&
    FLOW_INFO[changes.flow].internal &&
    !settings.showInternalFlows
  ) {
    return fail(
      'VALIDATION',
      `The ${FLOW_INFO[changes.flow].label} flow is internal to Productsup; turn on "Show internal flows" in Settings to use it.`,
      'flow',
    );
  }
  const next: Connector = { ...connector, ...changes, updatedAt: now };
  const notices: string[] = [];
  if (next.type !== null && !isFlowValidForType(next.flow, next.type)) {
    if (changes.flow !== undefined) {
      return fail(
        'VALIDATION',
        `The ${FLOW_INFO[next.flow].label} flow is not available for this type.`,
        'flow',
      );
    }
    notices.push(
      `Flow was reset to ${FLOW_INFO[DEFAULT_FLOW].label}: ${FLOW_INFO[next.flow].label} is not available for this type.`,
    );
    next.flow = DEFAULT_FLOW;
  }
  return ok({ connector: next, notices });
}

/** Confirms creation: the draft must satisfy every creation rule. */
export function confirmCreation(
  connector: Connector,
  settings: Settings,
  now: string,
): Result<Connector> {
  if (connector.status === 'created')
    return fail('CONFLICT', 'This connector has already been created.');
  const [first] = creationProblems(connector, settings);
  if (first) return fail('VALIDATION', first.message, first.field);
  return ok({
    ...connector,
    name: connector.name.trim(),
    status: 'created',
    confirmedAt: now,
    updatedAt: now,
  });
}

/** The Dev Portal's copy names a duplicate "<name> - Copy"; the copy is an editable draft. */
export function duplicateName(name: string): string {
  const suffix = ' - Copy';
  return `${name.slice(0, LIMITS.name - suffix.length)}${suffix}`;
}
