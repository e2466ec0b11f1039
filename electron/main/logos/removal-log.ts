import type { LogoRemoval } from '../../../src/logos/logo-report';

/** Counts removals by kind (in order of first occurrence) and collects warnings, deduplicated. */
export class RemovalLog {
  private readonly counts = new Map<string, number>();
  private readonly warningSet = new Set<string>();

  remove(kind: string, count = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  warn(message: string): void {
    this.warningSet.add(message);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  removals(): LogoRemoval[] {
    return [...this.counts].map(([kind, count]) => ({ kind, count }));
  }

  warnings(): string[] {
    return [...this.warningSet];
  }

  /** Adds another log's entries to this one. */
  merge(other: RemovalLog): void {
    for (const { kind, count } of other.removals()) this.remove(kind, count);
    for (const w of other.warnings()) this.warn(w);
  }
}
