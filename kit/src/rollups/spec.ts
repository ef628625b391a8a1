/** What a sector declares to have its figures kept as rollups (see kit/README.md, "Rollups"). */
import type { UnitRef } from '../units';

/** What one record adds to the figures of every unit it counts in, on one day or in one bucket. */
export interface Contribution {
  /** The Vietnam day (YYYY-MM-DD) the counters belong to; kept in that month's document. */
  day?: string;
  /** Instead of a day: a bucket of figures with no day of their own ('2024-2025', 'open', …). */
  bucket?: string;
  /** Counter name (see `counter`, `expand`) → amount. */
  counters?: Record<string, number>;
  /**
   * A small open set kept in the same document by key (pending dossiers, open stays…): present
   * while a version of the record contributes it, removed when the record no longer does.
   */
  items?: Record<string, Record<string, unknown>>;
  /** Display names of dimension values: dimension → value → name. */
  labels?: Record<string, Record<string, string>>;
}

export interface RollupSpec<R> {
  /** The unit the record was reported with; null when it counts nowhere. */
  unit(record: R): UnitRef | null;
  /** Everything the record adds (an empty list when it counts for nothing). */
  contributions(record: R): Contribution[];
}
