import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, indexUnitRef, unitRefSchema, todayInVietnam, type UnitRef } from '@ioc/kit';
import type { PollutantCode, SubIndices } from './aqi';

/**
 * One station as one listing described it. The key is `code@register`: the station list is
 * re-issued with new commune codes after the 2025 reform, and the old-register entry must survive
 * so that questions on the old units still find the station (`20335` is Phường Tân Thạnh before
 * and Phường Bàn Thạch after, so a code alone cannot say which register it is in).
 */
export interface StationDoc {
  _id: string;
  code: string;
  name: string;
  type: string;
  longitude: number;
  latitude: number;
  /** Day of the listing (YYYY-MM-DD) when it carries one; the newer listing of the same entry wins. */
  listedAt: string | null;
  unit: UnitRef;
  /** When this version was stored (the kit's ingest stamp). */
  _ingestedAt?: Date;
}

/** The listing's own day, else the day the hub received it (a listing need not carry a date). */
export const listingDay = (s: StationDoc): string => s.listedAt ?? todayInVietnam(s._ingestedAt);

/** A station's 1-hour means, µg/m³; null = missing. Key: `station|ISO hour start`. */
export interface ReadingDoc {
  _id: string;
  station: string;
  time: Date;
  pm25: number | null;
  pm10: number | null;
  o3: number | null;
  no2: number | null;
  so2: number | null;
  co: number | null;
}

const stationSchema = new Schema<StationDoc>(
  {
    _id: String,
    ...ingestFields,
    code: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    longitude: { type: Number, required: true },
    latitude: { type: Number, required: true },
    listedAt: { type: String, default: null },
    unit: { type: unitRefSchema, required: true },
  },
  { versionKey: false },
);
stationSchema.index({ code: 1 });
indexUnitRef(stationSchema);

const value = { type: Number, default: null };
const readingSchema = new Schema<ReadingDoc>(
  {
    _id: String,
    ...ingestFields,
    station: { type: String, required: true },
    time: { type: Date, required: true },
    pm25: value,
    pm10: value,
    o3: value,
    no2: value,
    so2: value,
    co: value,
  },
  { versionKey: false },
);
readingSchema.index({ station: 1, time: 1 });

/** One hour's values in a day document: the pollutants of ReadingDoc. */
export type HourValues = Pick<ReadingDoc, 'pm25' | 'pm10' | 'o3' | 'no2' | 'so2' | 'co'>;

/**
 * A station's readings of one Vietnam day, kept beside the raw readings at ingest so that every
 * AQI read is a few documents addressed by `_id` (FerretDB v1 uses an index for nothing else).
 * `_id` is `station|YYYY-MM-DD`; `h` maps the Vietnam hour "00"–"23" to that hour's values.
 */
export interface ReadingDayDoc {
  _id: string;
  station: string;
  day: string;
  h: Record<string, HourValues>;
}

/**
 * What "latest" needs of a station without reading its history: the start of its newest hour
 * held. Kept apart from the station listing, which a re-sent listing replaces whole.
 */
export interface StationLatestDoc {
  _id: string;
  latest: Date;
}

const readingDaySchema = new Schema<ReadingDayDoc>(
  {
    _id: String,
    station: String,
    day: String,
    h: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);

const stationLatestSchema = new Schema<StationLatestDoc>({ _id: String, latest: Date }, { versionKey: false });

/** An index as stored: the rounded VN_AQI (its band follows from it), the dominant pollutant, the unrounded sub-indices. */
export interface StoredIndex {
  v: number;
  p: PollutantCode;
  s: SubIndices;
}

/** A station-day's daily index as stored: `n` readings held that day, the index when one exists. */
export type StoredDay = { n: number } & Partial<StoredIndex>;

/**
 * VN_AQI of a station computed at ingest from its stored readings (aqi-days.ts), so that no read
 * recomputes it. Two kinds of documents share the collection so that one `_id $in` read answers a
 * whole request (FerretDB v1 uses an index for `_id` alone):
 *   `station|YYYY-MM-DD`  `h`: Vietnam hour "00"–"23" → that hour's AQI^h, for the hours that have one;
 *   `station|YYYY-MM`     `d`: day "01"–"31" → AQI^d of each day with readings.
 */
export interface AqiDoc {
  _id: string;
  h?: Record<string, StoredIndex>;
  d?: Record<string, StoredDay>;
}

const aqiSchema = new Schema<AqiDoc>({ _id: String, h: Schema.Types.Mixed, d: Schema.Types.Mixed }, { versionKey: false, minimize: false });

export interface Models {
  Station: Model<StationDoc>;
  Reading: Model<ReadingDoc>;
  ReadingDay: Model<ReadingDayDoc>;
  StationLatest: Model<StationLatestDoc>;
  Aqi: Model<AqiDoc>;
}

export function models(conn: Connection): Models {
  return {
    Station: conn.models.Station ?? conn.model<StationDoc>('Station', stationSchema, 'stations'),
    Reading: conn.models.Reading ?? conn.model<ReadingDoc>('Reading', readingSchema, 'readings'),
    ReadingDay: conn.models.ReadingDay ?? conn.model<ReadingDayDoc>('ReadingDay', readingDaySchema, 'readingDays'),
    StationLatest: conn.models.StationLatest ?? conn.model<StationLatestDoc>('StationLatest', stationLatestSchema, 'stationLatest'),
    Aqi: conn.models.Aqi ?? conn.model<AqiDoc>('Aqi', aqiSchema, 'aqi'),
  };
}
