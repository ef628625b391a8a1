/**
 * NowCast for PM2.5 and PM10.
 * Source: QĐ 1459/QĐ-TCMT (12/11/2019), mục 1.3.5 and 2.2.1.a.
 */

/** A 1-hour mean, or missing. */
export type HourValue = number | null | undefined;

/** Mục 1.3.5: the NowCast is built from the 12 most recent 1-hour means. */
export const NOWCAST_HOURS = 12;

/**
 * NowCast over `hours`, where hours[0] = c1 is the current hour and hours[11] = c12 the hour eleven
 * hours earlier. Missing hours are null/undefined; shorter arrays mean the older hours are missing.
 *
 * Mục 2.2.1.a:
 *  - w* = Cmin / Cmax over the 12 values; w = 1/2 if w* ≤ 1/2, else w = w*;
 *  - NowCast = Σ w^(i−1)·ci / Σ w^(i−1);
 *  - a missing ci gets weight 0 ("lấy w^(i−1) = 0"), and its position i is kept, so an older hour is
 *    never promoted into a gap;
 *  - at least 2 of c1, c2, c3 must be present, else there is no NowCast (null).
 *
 * For w = 1/2 the decision writes Σ (1/2)^i·ci without a denominator. That is the same weighted mean
 * with Σ (1/2)^(i−1) ≈ 2 folded in; it only holds when all 12 hours are present, and it contradicts
 * the zero-weight rule for missing hours (a missing c1 would halve the result). The normalised form
 * is used for both cases: with 12 complete hours the two differ by a factor 1 − 2^−12 (< 0.03 %).
 */
export function nowCast(hours: readonly HourValue[]): number | null {
  if (hours.length > NOWCAST_HOURS) {
    throw new RangeError(`NowCast takes at most ${NOWCAST_HOURS} hourly values, got ${hours.length}`);
  }
  const present = (v: HourValue): v is number => v !== null && v !== undefined;
  for (const v of hours) {
    if (present(v) && (!Number.isFinite(v) || v < 0)) {
      throw new RangeError(`NowCast: hourly values must be finite and ≥ 0, got ${v}`);
    }
  }
  const recent = hours.slice(0, 3).filter(present).length;
  if (recent < 2) return null;

  const values = hours.filter(present);
  const cMax = Math.max(...values);
  // All-zero hours: w* = 0/0. Any weighting of zeros is zero.
  if (cMax === 0) return 0;
  const wStar = Math.min(...values) / cMax;
  const w = wStar > 0.5 ? wStar : 0.5;

  let num = 0;
  let den = 0;
  hours.forEach((c, k) => {
    if (!present(c)) return;
    const weight = w ** k; // k = i − 1
    num += weight * c;
    den += weight;
  });
  return num / den;
}
