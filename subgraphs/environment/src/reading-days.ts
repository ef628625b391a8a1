/**
 * Hourly readings by station and Vietnam day (see ReadingDayDoc): written in the ingest pass that
 * stores the raw readings, read by `_id` for every AQI figure.
 */
import type { AcceptedChange, StoredRecord } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import type { HourValues, Models, ReadingDayDoc, ReadingDoc } from './models';
import { vietnamDay } from './series';

const ICT_MS = 7 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;
const pollutants = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const;

export const dayId = (station: string, day: string) => `${station}|${day}`;

/** "00"–"23": the Vietnam hour an instant falls in. */
const hourOf = (t: Date) => String(new Date(t.getTime() + ICT_MS).getUTCHours()).padStart(2, '0');

const valuesOf = (r: ReadingDoc): HourValues => Object.fromEntries(pollutants.map((p) => [p, r[p] ?? null])) as HourValues;

/**
 * The feed's `onAccepted`: each accepted hour is set in its day document (a re-sent, corrected hour
 * overwrites its slot), and each station's newest hour moves forward only. One bulk write for
 * the days, one for the stations, per ingest batch.
 */
export function keepReadingDays(m: Pick<Models, 'ReadingDay' | 'StationLatest'>) {
  return async (changes: AcceptedChange<ReadingDoc & StoredRecord>[]): Promise<void> => {
    const days = new Map<string, { station: string; day: string; set: Record<string, HourValues> }>();
    const latest = new Map<string, Date>();
    for (const { after } of changes) {
      const time = new Date(after.time);
      const day = vietnamDay(time);
      const id = dayId(after.station, day);
      const entry = days.get(id) ?? { station: after.station, day, set: {} };
      entry.set[`h.${hourOf(time)}`] = valuesOf(after);
      days.set(id, entry);
      const seen = latest.get(after.station);
      if (!seen || time > seen) latest.set(after.station, time);
    }
    await Promise.all([
      m.ReadingDay.bulkWrite(
        [...days].map(([_id, d]) => ({ updateOne: { filter: { _id }, update: { $set: { station: d.station, day: d.day, ...d.set } }, upsert: true } })),
        { ordered: false },
      ),
      m.StationLatest.bulkWrite(
        [...latest].map(([_id, t]) => ({ updateOne: { filter: { _id }, update: { $max: { latest: t } }, upsert: true } })),
        { ordered: false },
      ),
    ]);
  };
}

/** The day documents that hold a station's hours in [start, end). */
export function dayIdsBetween(station: string, start: Date, end: Date): string[] {
  const ids: string[] = [];
  const last = vietnamDay(end.getTime() - 1);
  for (let t = Date.parse(`${vietnamDay(start)}T00:00:00+07:00`); ; t += DAY_MS) {
    const day = vietnamDay(t);
    if (day > last) break;
    ids.push(dayId(station, day));
  }
  return ids;
}

/** The readings of some day documents within [start, end), oldest first, as the raw records held them. */
export function readingsOf(docs: ReadingDayDoc[], start: Date, end: Date): ReadingDoc[] {
  const out: ReadingDoc[] = [];
  for (const d of docs) {
    const dayStart = Date.parse(`${d.day}T00:00:00+07:00`);
    for (const [hour, v] of Object.entries(d.h ?? {})) {
      const time = new Date(dayStart + Number(hour) * HOUR_MS);
      if (time < start || time >= end) continue;
      out.push({ _id: `${d.station}|${time.toISOString()}`, station: d.station, time, ...v });
    }
  }
  return out.sort((a, b) => a.time.getTime() - b.time.getTime());
}
