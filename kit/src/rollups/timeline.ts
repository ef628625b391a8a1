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
    const sorted = [...points].map((p, i) => ({ ...p, i })).sort((a, b) => a.at - b.at || a.i - b.i);
    this.at = sorted.map((p) => p.at);
    this.values = sorted.map((p) => p.value as V);
    this.prefix = [0];
    for (const p of sorted) this.prefix.push(this.prefix[this.prefix.length - 1] + (p.weight ?? 1));
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
