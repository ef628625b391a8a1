/**
 * Counter names. A counter is a measure (`received`) or a measure by dimension values
 * (`received|field=1.000001`). Codes may hold `.` or `$`, which a document field name may not, so
 * every name is escaped before it becomes a field name and unescaped when read.
 */

import { BoundedMemo } from '../memo';

/** Escapes `%`, `.` and `$` (and a leading `~`, which marks approximate counters). */
export function encodeName(name: string): string {
  return name.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// The ingest path escapes the same few thousand names for every record of a batch.
const encoded = new BoundedMemo<string, string>(50_000);

/** `encodeName`, remembered. */
export const encodedName = (name: string): string => encoded.get(name, () => encodeName(name));

export function decodeName(field: string): string {
  // Most names hold nothing escaped; a read decodes thousands of them.
  if (!field.includes('%')) return field;
  return field.replace(/%([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

// A dimension value may hold anything (an agency's name); `|` and `=` separate the name's parts.
const escapeValue = (v: string) => v.replace(/[%|=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeValue = (v: string) => v.replace(/%([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
/** One `dimension=value` part of a counter's name. */
const dimensionPart = (d: string, v: string | number) => `${d}=${escapeValue(String(v))}`;

/** The name of a measure, optionally by dimension values (in the order given). */
export function counter(measure: string, by?: Record<string, string | number>): string {
  if (!by) return measure;
  return [measure, ...Object.entries(by).map(([d, v]) => dimensionPart(d, v))].join('|');
}

/**
 * What a sector usually counts: each measure in total and by each dimension on its own.
 * `expand({ received: 1, late: 0 }, { field: '1.000001' })` →
 * `{ received: 1, 'received|field=1.000001': 1 }` (zeros are left out).
 */
export function expand(measures: Record<string, number>, dimensions: Record<string, string | number | null | undefined> = {}): Record<string, number> {
  // `counter(m, { [d]: v })` without its object per name: the dimension parts are spelled once.
  const parts: string[] = [];
  for (const d in dimensions) {
    const v = dimensions[d];
    if (v !== null && v !== undefined) parts.push(`|${dimensionPart(d, v)}`);
  }
  const out: Record<string, number> = {};
  for (const m in measures) {
    const n = measures[m];
    if (!n) continue;
    out[m] = (out[m] ?? 0) + n;
    for (const part of parts) {
      const c = m + part;
      out[c] = (out[c] ?? 0) + n;
    }
  }
  return out;
}

/** Approximate share of a counter: kept beside it as `~<counter>` for total counters only. */
export const approximateName = (measure: string) => `~${measure}`;

/** One counter's name split into its measure and dimension values. */
function parseCounter(name: string): { measure: string; by: Record<string, string> } {
  const [measure, ...parts] = name.split('|');
  const by: Record<string, string> = {};
  for (const p of parts) {
    const at = p.indexOf('=');
    by[p.slice(0, at)] = unescapeValue(p.slice(at + 1));
  }
  return { measure, by };
}

/**
 * Summed counters, items and labels of one unit over one period, as a read returns them.
 * A read's Tallies are kept and shared by later requests while nothing is written (read.ts): they
 * must not be changed once read. Their per-measure views (`by`, `entries`, `values`) are built once
 * on first use, in one pass over the counters, so that a figure per facility or per land use costs
 * a lookup rather than a pass over thousands of counters.
 */
export class Tally {
  readonly counters = new Map<string, number>();
  readonly items = new Map<string, Record<string, unknown>>();
  /**
   * The same items as read, one list per document summed (read.ts): a document summed whole gives
   * the list the process keeps decoded, the same object for as long as it is kept, so a value
   * derived from one (derived.ts `derived`) outlives the batches that changed other documents.
   */
  readonly itemParts: (readonly (readonly [key: string, value: Record<string, unknown>])[])[] = [];
  readonly labels = new Map<string, Map<string, string>>();
  /** Measure → its counters with their dimension values (zeros left out); null until asked, or after a change. */
  private parsed: Map<string, { by: Record<string, string>; n: number }[]> | null = null;
  /** `measure|dimension` → value → count, for counters by that one dimension. */
  private byOne: Map<string, Map<string, number>> | null = null;

  add(name: string, n: number) {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
    this.parsed = this.byOne = null;
  }

  /** A measure's total (0 when never counted). */
  get(measure: string): number {
    return this.counters.get(measure) ?? 0;
  }

  /** Whether any of a measure's count (or of any measure's, without argument) comes from an approximate attribution. */
  approximate(measure?: string): boolean {
    if (measure) return this.get(approximateName(measure)) > 0;
    for (const [k, v] of this.counters) if (k.startsWith('~') && v > 0) return true;
    return false;
  }

  private index() {
    if (this.parsed && this.byOne) return { parsed: this.parsed, byOne: this.byOne };
    const parsed = new Map<string, { by: Record<string, string>; n: number }[]>();
    const byOne = new Map<string, Map<string, number>>();
    for (const [k, n] of this.counters) {
      if (n === 0) continue;
      const { measure, by } = parseCounter(k);
      let list = parsed.get(measure);
      if (!list) parsed.set(measure, (list = []));
      list.push({ by, n });
      const dims = Object.keys(by);
      if (dims.length !== 1) continue;
      const key = `${measure}|${dims[0]}`;
      let values = byOne.get(key);
      if (!values) byOne.set(key, (values = new Map()));
      values.set(by[dims[0]], n);
    }
    this.parsed = parsed;
    this.byOne = byOne;
    return { parsed, byOne };
  }

  /** A measure by one dimension: value → count (values never counted are absent). Shared: do not change it. */
  by(measure: string, dimension: string): ReadonlyMap<string, number> {
    return this.index().byOne.get(`${measure}|${dimension}`) ?? new Map();
  }

  /** Every value a dimension took over any measure. */
  values(dimension: string): Set<string> {
    const out = new Set<string>();
    for (const list of this.index().parsed.values()) {
      for (const { by } of list) {
        const v = by[dimension];
        if (v !== undefined) out.add(v);
      }
    }
    return out;
  }

  /** Every counter of a measure with its dimension values, e.g. `in|facility=X|at=3600000`. Shared: do not change them. */
  entries(measure: string): readonly { readonly by: Readonly<Record<string, string>>; readonly n: number }[] {
    return this.index().parsed.get(measure) ?? [];
  }

  label(dimension: string, value: string): string | undefined {
    return this.labels.get(dimension)?.get(value);
  }

  setLabel(dimension: string, value: string, name: string) {
    let m = this.labels.get(dimension);
    if (!m) this.labels.set(dimension, (m = new Map()));
    m.set(value, name);
  }
}
