/**
 * Requests per minute per caller: a token's subject for authenticated callers, the client address
 * for the public. A sliding pair of one-minute windows (the previous window's count weighted by
 * how much of it still overlaps) smooths the edge where a fixed window would allow a double burst.
 * Memory is one small entry per caller seen in the last two minutes.
 */
const windowMs = 60_000;

interface Entry {
  window: number;
  count: number;
  previous: number;
}

export class RateLimiter {
  private entries = new Map<string, Entry>();
  private swept = 0;

  /** Returns 0 when allowed, else the seconds to wait. */
  take(key: string, perMinute: number, now = Date.now()): number {
    if (perMinute <= 0) return 0;
    const window = Math.floor(now / windowMs);
    if (window !== this.swept) this.sweep(window);
    let e = this.entries.get(key);
    if (!e || e.window < window - 1) e = { window, count: 0, previous: 0 };
    else if (e.window === window - 1) e = { window, count: 0, previous: e.count };
    const overlap = 1 - (now % windowMs) / windowMs;
    if (e.count + e.previous * overlap >= perMinute) {
      this.entries.set(key, e);
      return Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
    }
    e.count++;
    this.entries.set(key, e);
    return 0;
  }

  private sweep(window: number) {
    this.swept = window;
    for (const [k, e] of this.entries) if (e.window < window - 1) this.entries.delete(k);
  }
}
