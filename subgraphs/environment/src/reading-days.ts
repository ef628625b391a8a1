/**
 * Hourly readings by station and Vietnam day (see ReadingDayDoc): written in the ingest pass that
 * stores the raw readings, and read there by `_id` to recompute the VN_AQI kept beside them.
 */
import type { Connection, Model } from 'mongoose';
import type { AcceptedChange, StoredRecord } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import { aqiDayId, aqiMonthId, daysEntered, previousDay, putStationDay } from './aqi-days';
import { models, type AqiDoc, type HourValues, type ReadingDayDoc, type ReadingDoc } from './models';
import { vietnamDay } from './series';

const ICT_MS = 7 * HOUR_MS;
const pollutants = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const;

export const dayId = (station: string, day: string) => `${station}|${day}`;

/** "00"–"23": the Vietnam hour an instant falls in. */
const hourOf = (t: Date) => String(new Date(t.getTime() + ICT_MS).getUTCHours()).padStart(2, '0');

const valuesOf = (r: ReadingDoc): HourValues => Object.fromEntries(pollutants.map((p) => [p, r[p] ?? null])) as HourValues;

/**
 * Writes whole documents: one unordered insert of the new ones, one bulk of replaces by `_id`
 * (FerretDB v1 rewrites a document whole for any update, and takes inserts far faster than upserts:
 * kit/src/rollups/replace.ts has the figures). One writer at a time runs the feed (the ingest
 * lease), so what was read before is still what is stored.
 */
async function writeWhole<T extends { _id: string }>(model: Model<T>, docs: T[], existing: Set<string>): Promise<void> {
  const fresh = docs.filter((d) => !existing.has(d._id));
  const replaced = docs.filter((d) => existing.has(d._id));
  await Promise.all([
    fresh.length ? model.collection.insertMany(fresh as never[], { ordered: false }) : null,
    replaced.length
      ? model.collection.bulkWrite(replaced.map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d } })) as never[], { ordered: false })
      : null,
  ]);
}

/**
 * The feed's `onAccepted`, one pass per ingest batch: each accepted hour is set in its day document
 * (a re-sent, corrected hour overwrites its slot), the VN_AQI of every station-day those hours
 * enter is recomputed from the day documents as they now are (aqi-days.ts), and each station's
 * newest hour moves forward only. One read of the day and AQI documents concerned, one write of
 * each collection; the kit renews the readers' stamp after the batch.
 */
export function keepReadingDays(conn: Connection) {
  const m = models(conn);
  return async (changes: AcceptedChange<ReadingDoc & StoredRecord>[]): Promise<void> => {
    const touched = new Map<string, Record<string, HourValues>>();
    const entered = new Map<string, { station: string; day: string }>();
    const latest = new Map<string, Date>();
    for (const { after } of changes) {
      const time = new Date(after.time);
      const id = dayId(after.station, vietnamDay(time));
      touched.set(id, { ...touched.get(id), [hourOf(time)]: valuesOf(after) });
      for (const day of daysEntered(time)) entered.set(dayId(after.station, day), { station: after.station, day });
      const seen = latest.get(after.station);
      if (!seen || time > seen) latest.set(after.station, time);
    }
    // Every index of a day may look at the day before it (NowCast, 8-hour O3).
    const dayIds = new Set([...touched.keys(), ...[...entered.values()].flatMap((e) => [dayId(e.station, e.day), dayId(e.station, previousDay(e.day))])]);
    const aqiIds = new Set([...entered.values()].flatMap((e) => [aqiDayId(e.station, e.day), aqiMonthId(e.station, e.day)]));
    const [dayDocs, aqiDocs] = await Promise.all([
      m.ReadingDay.find({ _id: { $in: [...dayIds] } }).lean<ReadingDayDoc[]>(),
      m.Aqi.find({ _id: { $in: [...aqiIds] } }).lean<AqiDoc[]>(),
    ]);
    const days = new Map(dayDocs.map((d) => [d._id, d]));
    const storedDays = new Set(days.keys());
    for (const [id, hours] of touched) {
      const [station, day] = id.split('|');
      const doc = days.get(id) ?? { _id: id, station, day, h: {} };
      days.set(id, { ...doc, h: { ...doc.h, ...hours } });
    }
    const aqi = new Map(aqiDocs.map((d) => [d._id, d]));
    const storedAqi = new Set(aqi.keys());
    const changedAqi = new Set<string>();
    for (const { station, day } of entered.values()) {
      const docs = [days.get(dayId(station, previousDay(day))), days.get(dayId(station, day))].filter((d): d is ReadingDayDoc => !!d);
      for (const id of putStationDay(aqi, station, day, readingsOf(docs))) changedAqi.add(id);
    }
    await Promise.all([
      writeWhole(
        m.ReadingDay,
        [...touched.keys()].map((id) => days.get(id)!),
        storedDays,
      ),
      writeWhole(
        m.Aqi,
        [...changedAqi].map((id) => aqi.get(id)!),
        storedAqi,
      ),
      m.StationLatest.bulkWrite(
        [...latest].map(([_id, t]) => ({ updateOne: { filter: { _id }, update: { $max: { latest: t } }, upsert: true } })),
        { ordered: false },
      ),
    ]);
  };
}

/** The readings of some day documents, oldest first, as the raw records held them. */
export function readingsOf(docs: ReadingDayDoc[]): ReadingDoc[] {
  const out: ReadingDoc[] = [];
  for (const d of docs) {
    const dayStart = Date.parse(`${d.day}T00:00:00+07:00`);
    for (const [hour, v] of Object.entries(d.h ?? {})) {
      const time = new Date(dayStart + Number(hour) * HOUR_MS);
      out.push({ _id: `${d.station}|${time.toISOString()}`, station: d.station, time, ...v });
    }
  }
  return out.sort((a, b) => a.time.getTime() - b.time.getTime());
}
