import { connectorSchema } from '../connectors/connector';
import type { Problem } from './problems';
import type { ReadConnector } from './read-definition';

/**
 * Checks that apply to a connector however its file spelled it (current format, format 1, the
 * platform's JSON): the rules of the shared connector schema, and one spelling per id.
 */

/** Where each Connector field sits inside a connector object of a file, when it is one key. */
const FILE_KEYS: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'name',
  description: 'description',
  readme: 'readme',
  owner: 'owner',
  type: 'type',
  flow: 'flow',
};

/**
 * The rules the form and the IPC contract apply (e.g. no invisible control characters) apply
 * to imported connectors too, through the very same schema.
 */
export function connectorRuleProblems(entries: readonly ReadConnector[]): Problem[] {
  return entries.flatMap(({ connector, pointer }) => {
    const parsed = connectorSchema.safeParse(connector);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => {
      const key = FILE_KEYS[String(issue.path[0])];
      return { pointer: key === undefined ? pointer : `${pointer}/${key}`, message: issue.message };
    });
  });
}

/**
 * A UUID names the same connector in any case, so ids are kept in lower case (as this app
 * makes them); otherwise two spellings of one id would import as two connectors.
 */
export function lowerCaseIds(entries: readonly ReadConnector[]): {
  entries: ReadConnector[];
  note: string | null;
} {
  const changed: string[] = [];
  const lowered = entries.map((entry) => {
    const id = entry.connector.id.toLowerCase();
    if (id === entry.connector.id) return entry;
    changed.push(entry.connector.id);
    return { ...entry, connector: { ...entry.connector, id } };
  });
  if (changed.length === 0) return { entries: lowered, note: null };
  const ids = changed.length === 1 ? 'The connector id' : 'The connector ids';
  return {
    entries: lowered,
    note: `${ids} ${changed.join(', ')} ${changed.length === 1 ? 'was' : 'were'} written with capital letters and ${changed.length === 1 ? 'is' : 'are'} kept in lower case; an id means the same connector in either case.`,
  };
}
