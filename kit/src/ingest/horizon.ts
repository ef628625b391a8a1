/**
 * A plausible-date rule for every feed: a version (update time) or event date further in the future
 * than `HUB_INGEST_FUTURE_DAYS` days (default 2: time zones and clock skew between systems) is a
 * typing or export error. Kept, it would win over every real update to come, so it is a reject.
 */
import { reject } from './reject';
import { positiveSetting } from './settings';

const day = 86_400_000;

function horizon(now = Date.now()): number {
  return now + positiveSetting('HUB_INGEST_FUTURE_DAYS', 2) * day;
}

/** Whether a time (a Date or epoch milliseconds) lies beyond the horizon. */
export function beyondHorizon(time: Date | number, now = Date.now()): boolean {
  return (typeof time === 'number' ? time : time.getTime()) > horizon(now);
}

export function horizonReason(field: string, value: unknown): string {
  return `${field}: ${JSON.stringify(value)} — ngày ở quá xa trong tương lai (quá ${positiveSetting('HUB_INGEST_FUTURE_DAYS', 2)} ngày sau hôm nay)`;
}

/** For a connector's event dates: throws a reject naming the field and value when beyond the horizon. */
export function notBeyondHorizon(field: string, value: unknown, time: Date): Date {
  if (beyondHorizon(time)) throw reject(field, value, `ngày ở quá xa trong tương lai (quá ${positiveSetting('HUB_INGEST_FUTURE_DAYS', 2)} ngày sau hôm nay)`);
  return time;
}
