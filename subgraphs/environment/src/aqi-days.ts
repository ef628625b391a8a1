/**
 * VN_AQI kept at ingest (see AqiDoc): which station-days a batch of readings changes, and their
 * hourly and daily indices recomputed whole from the readings stored, with the same code a read
 * used to run (series.ts over ./aqi, QĐ 1459/QĐ-TCMT). Recomputing from what is stored, never
 * adjusting what was kept, makes out-of-order, duplicate and re-sent readings end where in-order
 * ingest does.
 */
import { isDeepStrictEqual } from 'node:util';
import { BoundedMemo } from '@ioc/kit';
import { bandOf, HOUR_MS, NOWCAST_HOURS, type DailyAqi, type HourlyAqi } from './aqi';
import type { AqiDoc, ReadingDoc, StoredDay, StoredIndex } from './models';
import { dailySeries, hourlySeries, vietnamDay, type DayEntry } from './series';

const DAY_MS = 24 * HOUR_MS;

export const aqiDayId = (station: string, day: string) => `${station}|${day}`;
export const aqiMonthId = (station: string, day: string) => `${station}|${day.slice(0, 7)}`;

/** Day → its first instant, parsed once: a read turns every kept hour of the days it asks back into an instant (hourlyOf). */
const starts = new BoundedMemo<string, number>(4096);
const dayStart = (day: string): number => starts.get(day, () => Date.parse(`${day}T00:00:00+07:00`));
export const previousDay = (day: string) => vietnamDay(dayStart(day) - DAY_MS);

/**
 * The Vietnam days whose indices a reading at `time` enters: its own, and the day of the last hour
 * whose NowCast counts it (mục 1.3.5: the 12 latest hours, so 11 hours on). The next day's 8-hour O3
 * windows reach back only 7 hours (mục 2.2.2.a), within those.
 */
export function daysEntered(time: Date): string[] {
  return [...new Set([vietnamDay(time), vietnamDay(time.getTime() + (NOWCAST_HOURS - 1) * HOUR_MS)])];
}

const stored = (i: { value: number; dominant: StoredIndex['p']; subIndices: StoredIndex['s'] }): StoredIndex => ({
  v: i.value,
  p: i.dominant,
  s: i.subIndices,
});

/**
 * A station-day's indices from the readings of that day and the day before (what every index of
 * the day may look at): its hours with an AQI^h, and its AQI^d when the day has readings.
 */
export function stationDayAqi(day: string, readings: readonly ReadingDoc[]): { hours: Record<string, StoredIndex>; daily: StoredDay | null } {
  const start = dayStart(day);
  const hours: Record<string, StoredIndex> = {};
  for (const h of hourlySeries(readings, new Date(start), new Date(start + DAY_MS))) {
    hours[String((h.time.getTime() - start) / HOUR_MS).padStart(2, '0')] = stored(h);
  }
  const [entry] = dailySeries(readings, day, vietnamDay(start + DAY_MS));
  return { hours, daily: entry ? { n: entry.hours, ...(entry.aqi ? stored(entry.aqi) : {}) } : null };
}

/**
 * The AQI documents one station-day's recomputed indices change, updated in `docs` (by `_id`;
 * absent ones created): its day document and its month's entry for the day. Returns the `_id`s
 * that changed.
 */
export function putStationDay(docs: Map<string, AqiDoc>, station: string, day: string, readings: readonly ReadingDoc[]): string[] {
  const { hours, daily } = stationDayAqi(day, readings);
  const changed: string[] = [];
  const dayDoc = docs.get(aqiDayId(station, day));
  if (!isDeepStrictEqual(dayDoc?.h ?? {}, hours)) {
    docs.set(aqiDayId(station, day), { _id: aqiDayId(station, day), h: hours });
    changed.push(aqiDayId(station, day));
  }
  const monthId = aqiMonthId(station, day);
  const month = docs.get(monthId) ?? { _id: monthId, d: {} };
  const key = day.slice(8, 10);
  if (!isDeepStrictEqual(month.d?.[key] ?? null, daily)) {
    const d = { ...month.d };
    if (daily) d[key] = daily;
    else delete d[key];
    docs.set(monthId, { _id: monthId, d });
    changed.push(monthId);
  }
  return changed;
}

/** A stored hour as the index the formulas gave. */
export const hourlyOf = (day: string, hour: string, i: StoredIndex): HourlyAqi => ({
  time: new Date(dayStart(day) + Number(hour) * HOUR_MS),
  value: i.v,
  band: bandOf(i.v),
  dominant: i.p,
  subIndices: i.s,
});

/** A stored day as `dailySeries` gave it. */
export function dayEntryOf(date: string, d: StoredDay): DayEntry {
  const aqi: DailyAqi | null = d.v === undefined ? null : { date, value: d.v, band: bandOf(d.v), dominant: d.p!, subIndices: d.s ?? {} };
  return { date, hours: d.n, aqi };
}
