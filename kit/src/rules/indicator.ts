/**
 * The TypeScript side of the shared SDL types `Indicator` and `IndicatorStatus`
 * (kit/sdl/shared-types.graphql), and the one rule that turns a value into a status.
 */

export type IndicatorStatus = 'GOOD' | 'WATCH' | 'ALERT';

/** One headline figure of a unit, as every sector's `indicators` field returns it. */
export interface Indicator {
  /** Stable code, `<sector>.<name>`. */
  code: string;
  /** Vietnamese label shown to users. */
  name: string;
  /** Null when the unit holds no data to compute it from. */
  value: number | null;
  unit: string | null;
  target: number | null;
  status: IndicatorStatus;
  /** The period the value covers (`from/to`, a school year, an instant), null for a snapshot. */
  period: string | null;
  /** Where the target comes from: the regulation, or the setting that overrides it. */
  source: string | null;
  /** The value over the period of the same length just before, for a trend; null when unknown. */
  previous?: number | null;
}

/**
 * How a value is judged: `better` says which way is good; the value is GOOD on the good side of
 * `target` (inclusive), WATCH within `band` of it on the other side (inclusive), ALERT further.
 * Every band is in the indicator's own unit (percentage points for a %, pupils for a ratio).
 */
export interface StatusRule {
  target: number;
  better: 'higher' | 'lower';
  band: number;
}

/**
 * The status of a value against its target.
 *
 * No data (null) is WATCH, in every sector. The status field cannot be empty, and each choice
 * says something: GOOD would tell a leader a target is met that nobody measured (a broken feed or
 * an empty register looks like success), ALERT would cry wolf over every commune that simply has
 * nothing to report. WATCH says "look here", and the null value beside it says why.
 */
export function indicatorStatus(value: number | null, rule: StatusRule): IndicatorStatus {
  if (value === null || !Number.isFinite(value)) return 'WATCH';
  const { target, band } = rule;
  if (rule.better === 'higher') return value >= target ? 'GOOD' : value >= target - band ? 'WATCH' : 'ALERT';
  return value <= target ? 'GOOD' : value <= target + band ? 'WATCH' : 'ALERT';
}

const statusRank: Record<IndicatorStatus, number> = { ALERT: 0, WATCH: 1, GOOD: 2 };

/** The worse of several statuses (an indicator judged on more than one figure). */
export function worstStatus(...statuses: IndicatorStatus[]): IndicatorStatus {
  return statuses.reduce((w, s) => (statusRank[s] < statusRank[w] ? s : w), 'GOOD');
}

/** Indicators with the worst status first (a stable sort: a sector's own order among equals). */
export function worstFirst<I extends Pick<Indicator, 'status'>>(list: I[]): I[] {
  return [...list].sort((a, b) => statusRank[a.status] - statusRank[b.status]);
}
