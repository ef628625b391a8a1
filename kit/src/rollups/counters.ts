/**
 * Counter names. A counter is a measure (`received`) or a measure by dimension values
 * (`received|field=1.000001`). Codes may hold `.` or `$`, which a document field name may not, so
 * every name is escaped before it becomes a field name and unescaped when read.
 */

/** Escapes `%`, `.` and `$` (and a leading `~`, which marks approximate counters). */
export function encodeName(name: string): string {
  return name.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function decodeName(field: string): string {
  // Most names hold nothing escaped; a read decodes thousands of them.
  if (!field.includes('%')) return field;
  return field.replace(/%([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

// A dimension value may hold anything (an agency's name); `|` and `=` separate the name's parts.
const escapeValue = (v: string) => v.replace(/[%|=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeValue = (v: string) => v.replace(/%([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

/** The name of a measure, optionally by dimension values (in the order given). */
export function counter(measure: string, by?: Record<string, string | number>): string {
  if (!by) return measure;
  return [measure, ...Object.entries(by).map(([d, v]) => `${d}=${escapeValue(String(v))}`)].join('|');
}

/**
 * What a sector usually counts: each measure in total and by each dimension on its own.
 * `expand({ received: 1, late: 0 }, { field: '1.000001' })` →
 * `{ received: 1, 'received|field=1.000001': 1 }` (zeros are left out).
 */
export function expand(measures: Record<string, number>, dimensions: Record<string, string | number | null | undefined> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [m, n] of Object.entries(measures)) {
    if (!n) continue;
    out[m] = (out[m] ?? 0) + n;
    for (const [d, v] of Object.entries(dimensions)) {
      if (v === null || v === undefined) continue;
      const c = counter(m, { [d]: v });
      out[c] = (out[c] ?? 0) + n;
    }
  }
  return out;
}

/** Approximate share of a counter: kept beside it as `~<counter>` for total counters only. */
export const approximateName = (measure: string) => `~${measure}`;

/** Summed counters, items and labels of one unit over one period, as a read returns them. */
export class Tally {
  readonly counters = new Map<string, number>();
  readonly items = new Map<string, Record<string, unknown>>();
  readonly labels = new Map<string, Map<string, string>>();

  add(name: string, n: number) {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
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

  /** A measure by one dimension: value → count (values never counted are absent). */
  by(measure: string, dimension: string): Map<string, number> {
    const out = new Map<string, number>();
    const head = `${measure}|${dimension}=`;
    for (const [k, v] of this.counters) {
      if (k.startsWith(head) && !k.slice(head.length).includes('|') && v !== 0) out.set(unescapeValue(k.slice(head.length)), v);
    }
    return out;
  }

  /** Every value a dimension took over any measure. */
  values(dimension: string): Set<string> {
    const out = new Set<string>();
    const mark = `|${dimension}=`;
    for (const [k, v] of this.counters) {
      const at = k.indexOf(mark);
      if (at < 0 || v === 0) continue;
      const rest = k.slice(at + mark.length);
      out.add(unescapeValue(rest.split('|')[0]));
    }
    return out;
  }

  /** Every counter of a measure with its dimension values, e.g. `in|facility=X|at=3600000`. */
  entries(measure: string): { by: Record<string, string>; n: number }[] {
    const out: { by: Record<string, string>; n: number }[] = [];
    for (const [k, n] of this.counters) {
      const [m, ...parts] = k.split('|');
      if (m !== measure || n === 0) continue;
      out.push({
        by: Object.fromEntries(
          parts.map((p) => {
            const at = p.indexOf('=');
            return [p.slice(0, at), unescapeValue(p.slice(at + 1))];
          }),
        ),
        n,
      });
    }
    return out;
  }

  label(dimension: string, value: string): string | undefined {
    return this.labels.get(dimension)?.get(value);
  }

  merge(other: Tally) {
    for (const [k, v] of other.counters) this.add(k, v);
    for (const [k, v] of other.items) this.items.set(k, v);
    for (const [d, m] of other.labels) for (const [v, n] of m) this.setLabel(d, v, n);
  }

  setLabel(dimension: string, value: string, name: string) {
    let m = this.labels.get(dimension);
    if (!m) this.labels.set(dimension, (m = new Map()));
    m.set(value, name);
  }
}
