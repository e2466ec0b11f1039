import type { ConnectorType } from '../../../src/connectors/catalogue';
import type { ConnectorStatus, ConnectorSummary } from '../../../src/connectors/connector';

export type ListSort = 'changed' | 'name';

export interface ListQuery {
  /** Part of the name, any case; blank shows all. */
  readonly search: string;
  readonly type: ConnectorType | 'any' | 'none';
  readonly status: ConnectorStatus | 'any';
  readonly sort: ListSort;
}

export const ALL_CONNECTORS: ListQuery = {
  search: '',
  type: 'any',
  status: 'any',
  sort: 'changed',
};

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function displayName(summary: ConnectorSummary): string {
  return summary.name.trim() || 'Untitled draft';
}

/** The rows the list shows for `query`, in order. */
export function filterAndSort(
  summaries: readonly ConnectorSummary[],
  query: ListQuery,
): ConnectorSummary[] {
  const needle = query.search.trim().toLocaleLowerCase();
  const rows = summaries.filter(
    (summary) =>
      (needle === '' || displayName(summary).toLocaleLowerCase().includes(needle)) &&
      (query.type === 'any' || (summary.type ?? 'none') === query.type) &&
      (query.status === 'any' || summary.status === query.status),
  );
  return query.sort === 'name'
    ? rows.sort((a, b) => byName.compare(displayName(a), displayName(b)))
    : rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export interface RowWindow {
  /** Index of the first row rendered. */
  readonly start: number;
  /** One past the last row rendered. */
  readonly end: number;
}

/**
 * Which rows to render for a scroll position: the visible ones plus `overscan` on each side, so
 * the DOM holds a few dozen rows however long the list is.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}
