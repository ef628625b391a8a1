/**
 * Requests per minute per caller: a token's subject for authenticated callers, the client address
 * for the public. A sliding pair of one-minute windows (the previous window's count weighted by
 * how much of it still overlaps) smooths the edge where a fixed window would allow a double burst.
 *
 * Counts live in one map per window, so forgetting a window drops its whole map: no request and no
 * cleanup ever walks the keys, whatever the number of distinct callers. A window holds at most
 * `maxKeys` callers; past that, new callers of the window share one overflow count (a flood of
 * distinct addresses then throttles itself, and memory stays bounded).
 */
const windowMs = 60_000;
const overflow = '\u0000overflow';

export class RateLimiter {
  private window = -Infinity;
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly maxKeys = 100_000) {}

  /** Returns 0 when allowed, else the seconds to wait. */
  take(key: string, perMinute: number, now = Date.now()): number {
    if (perMinute <= 0) return 0;
    this.turn(Math.floor(now / windowMs));
    const counted = this.current.has(key) || this.previous.has(key) || this.current.size < this.maxKeys ? key : overflow;
    const count = this.current.get(counted) ?? 0;
    const overlap = 1 - (now % windowMs) / windowMs;
    if (count + (this.previous.get(counted) ?? 0) * overlap >= perMinute) return Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
    this.current.set(counted, count + 1);
    return 0;
  }

  /** Callers counted in the current and the previous window (for tests and metrics). */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** Moves to `window`: the current counts become the previous ones, older ones are dropped whole. */
  private turn(window: number) {
    if (window === this.window) return;
    this.previous = window === this.window + 1 ? this.current : new Map();
    this.current = new Map();
    this.window = window;
  }
}
