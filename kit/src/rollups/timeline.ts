/**
 * Instants, each with a weight and a value, sorted once: what a figure that depends on the clock
 * is read from. "Overdue now" (procedures: open dossiers due before now) and "inpatients now"
 * (health: stays begun before the census) change as time passes with nothing written, so they
 * cannot be kept as answers; kept as a Timeline (with `derived`, under the rollup stamp), each is
 * answered at any instant by a binary search, not a pass over every open item.
 */
export class Timeline<V = undefined> {
  /** Instants (epoch ms), ascending; equal instants keep the order they were given in. */
  private readonly at: number[];
  private readonly values: V[];
  /** prefix[i]: the weights of the first i instants. */
  private readonly prefix: number[];

  constructor(points: Iterable<{ at: number; weight?: number; value?: V }>) {
    // Array.prototype.sort is stable: equal instants keep their order, and points given in order cost one pass.
    const sorted = [...points].sort((a, b) => a.at - b.at);
    this.at = sorted.map((p) => p.at);
    this.values = sorted.map((p) => p.value as V);
    this.prefix = [0];
    for (const p of sorted) this.prefix.push(this.prefix[this.prefix.length - 1] + (p.weight ?? 1));
  }

  /**
   * One Timeline of several, as the constructor would give all their points at once: by instant,
   * then by `tie` for equal instants, then in the order of the parts. Merges sorted lists (n log k)
   * rather than sorting again, for a whole made of parts each kept with its document
   * (derived.ts `derived`).
   */
  static merge<V>(parts: Timeline<V>[], tie: (a: V, b: V) => number = () => 0): Timeline<V> {
    const points = mergeSorted(
      parts.map((t) => t.at.map((at, i) => ({ at, value: t.values[i], weight: t.prefix[i + 1] - t.prefix[i] }))),
      (a, b) => a.at - b.at || tie(a.value, b.value),
    );
    const prefix = [0];
    for (const p of points) prefix.push(prefix[prefix.length - 1] + p.weight);
    // Already in order: built as the constructor would, without sorting again.
    return Object.assign(Object.create(Timeline.prototype) as Timeline<V>, { at: points.map((p) => p.at), values: points.map((p) => p.value), prefix });
  }

  get length(): number {
    return this.at.length;
  }

  /** How many instants lie before `t` (strictly). */
  rank(t: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first instant at or after `t`, Infinity when none: `before` is the same at every instant up to it. */
  next(t: number): number {
    const i = this.rank(t);
    return i < this.at.length ? this.at[i] : Infinity;
  }

  /** The summed weights of the instants before `t` (strictly). */
  before(t: number): number {
    return this.prefix[this.rank(t)];
  }

  /** The summed weights of the instants in [from, to). */
  between(from: number, to: number): number {
    return this.before(to) - this.before(from);
  }

  /** The values of the instants in [from, to), the latest first (equal instants: the last given first). */
  *latestFirst(from: number, to: number): Generator<{ at: number; value: V }> {
    for (let i = this.rank(to) - 1; i >= 0 && this.at[i] >= from; i--) yield { at: this.at[i], value: this.values[i] };
  }
}

/** Lists each sorted by `cmp` as one sorted list; equal elements keep the order of the lists. */
export function mergeSorted<T>(lists: T[][], cmp: (a: T, b: T) => number): T[] {
  let all = lists;
  if (all.length === 0) return [];
  while (all.length > 1) {
    const next: T[][] = [];
    for (let k = 0; k < all.length; k += 2) {
      const a = all[k];
      const b = all[k + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: T[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) out.push(cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
      while (i < a.length) out.push(a[i++]);
      while (j < b.length) out.push(b[j++]);
      next.push(out);
    }
    all = next;
  }
  return all[0];
}
