/** The TypeScript side of the shared SDL types `Alert` and `AlertLevel`, and the one alert ranking. */
import type { Register } from '../units/registers';
import type { ListBound } from '../args';

export type AlertLevel = 'INFO' | 'WARNING' | 'CRITICAL';

/** Something a leader should look at, as every sector's `alerts` field returns it. */
export interface Alert {
  code: string;
  level: AlertLevel;
  /** Vietnamese title. */
  title: string;
  /** The unit concerned, in `register`. */
  unitCode: string;
  register: Register;
  time: Date;
  /** The record concerned, `<kind>:<id>`; null for an alert about the unit as a whole. */
  link: string | null;
}

const levelRank: Record<AlertLevel, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };

/** Most alerts one unit answers with: a province can hold thousands of late dossiers. */
export const MAX_ALERTS = 200;

/**
 * What a leader sees first: alerts at or after `since` (all when null), the most severe first,
 * then the newest, at most `max`. The sort is stable, so a sector's own order (e.g. the most
 * overloaded facility first) decides among alerts of the same level and time.
 */
export function rankAlerts<A extends Pick<Alert, 'level' | 'time'>>(list: A[], since: Date | null = null, max = MAX_ALERTS): A[] {
  return list
    .filter((a) => !since || a.time >= since)
    .sort((a, b) => levelRank[a.level] - levelRank[b.level] || b.time.getTime() - a.time.getTime())
    .slice(0, max);
}

/** Every sector's `alerts(first:)`: by default all a unit answers with, never more. */
export const ALERTS_FIRST: ListBound = { fallback: MAX_ALERTS, max: MAX_ALERTS };
