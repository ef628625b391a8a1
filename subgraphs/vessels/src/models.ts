import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';

/** One vessel of the provincial fishing-vessel registry; `_id` is the registration number. */
export interface VesselDoc {
  _id: string;
  name: string | null;
  lengthM: number;
  powerKw: number | null;
  gear: string | null;
  mmsi: string | null;
  homePort: string | null;
  /** NgayCapNhat, when the export carries it. */
  updatedOn: string | null;
  /** When this version of the row was stored (the kit's ingest stamp). */
  _ingestedAt?: Date;
  /** The owner's commune as reported (MaXaChuTau). */
  unit: UnitRef;
}

/**
 * One AIS/VMS report. `_id` is `<mmsi>:<receive time, unix seconds>` for a position, and
 * `<mmsi>:static` for the latest static data (message 5 or 24) of that transceiver.
 */
export interface ReportDoc {
  _id: string;
  kind: 'POSITION' | 'STATIC';
  mmsi: string;
  time: Date;
  messageType: number;
  lat?: number;
  lon?: number;
  speed?: number | null;
  course?: number | null;
  heading?: number | null;
  status?: number | null;
  shipName?: string | null;
  callSign?: string | null;
}

/** A zone polygon; the GeoJSON geometry is kept as text because FerretDB v1 cannot store nested arrays. */
export interface ZoneDoc {
  _id: string;
  kind: 'PORT' | 'FISHING_ZONE' | 'NATIONAL_BOUNDARY';
  name: string;
  approximate: boolean;
  source: string | null;
  geometry: string;
}

const vesselSchema = new Schema<VesselDoc>(
  {
    _id: String,
    name: String,
    lengthM: Number,
    powerKw: Number,
    gear: String,
    mmsi: String,
    homePort: String,
    updatedOn: String,
    unit: unitRefSchema,
    ...ingestFields,
  },
  { versionKey: false, strict: false },
);
indexUnitRef(vesselSchema);
vesselSchema.index({ mmsi: 1 });

const reportSchema = new Schema<ReportDoc>(
  {
    _id: String,
    kind: String,
    mmsi: String,
    time: Date,
    messageType: Number,
    lat: Number,
    lon: Number,
    speed: Number,
    course: Number,
    heading: Number,
    status: Number,
    shipName: String,
    callSign: String,
    ...ingestFields,
  },
  { versionKey: false, strict: false },
);
reportSchema.index({ mmsi: 1, time: -1 });

const zoneSchema = new Schema<ZoneDoc>(
  {
    _id: String,
    kind: String,
    name: String,
    approximate: Boolean,
    source: String,
    geometry: String,
    ...ingestFields,
  },
  { versionKey: false, strict: false },
);

/** A position as kept in a track day (the report's key and message fields without the MMSI). */
export type TrackPoint = Pick<ReportDoc, 'messageType' | 'lat' | 'lon' | 'speed' | 'course' | 'heading' | 'status'> & { time: Date };

/**
 * One transceiver's positions of one Vietnam hour, written beside the raw reports at ingest so that
 * a track is read by `_id`. `_id` is `mmsi|YYYY-MM-DDTHH`; `p` maps the receive second (the report
 * key's suffix) to the point, so a re-sent report overwrites its own slot. An hour, not a day: FerretDB
 * v1 rewrites the whole document on every update, so a day's document made each report cost more as
 * the day filled (1.3 s per hourly file at 00:00, 4.8 s by 13:00 at size S); an hour holds at most
 * 12 points at 5-minute reporting. Points are objects: FerretDB v1 refuses nested arrays.
 */
export interface TrackHourDoc {
  _id: string;
  mmsi: string;
  p: Record<string, TrackPoint>;
}

/**
 * A change in the zones a vessel lies in between two consecutive positions, kept at ingest (crossings.ts):
 * `time` is the position's, `prev` the previous position's, `enter`/`exit` the zone ids.
 */
export interface Crossing {
  mmsi: string;
  time: Date;
  prev: Date;
  enter: string[];
  exit: string[];
}

/**
 * The crossings of every vessel whose position falls in one Vietnam hour (`_id` = YYYY-MM-DDTHH),
 * keyed `<mmsi>_<receive second>`: an alerts window reads the hours it spans, whatever the number
 * of positions or vessels.
 */
export interface CrossingHourDoc {
  _id: string;
  c: Record<string, Crossing>;
}

/** The newest static data of one part (message 5, 24A or 24B). */
export interface StaticPart {
  time: Date;
  shipName: string | null;
  callSign: string | null;
}

/**
 * What the fleet figures need of a transceiver without reading its history (`_id` = MMSI): its
 * newest position, the days it has positions on (to find the latest position before an earlier
 * instant, or a position's neighbours across a silence, in the hours of one or two days), and its
 * newest static data per part. Kept apart from the registry row, which a re-sent registry replaces
 * whole; a fleet of a few thousand is a small set.
 */
export interface VesselLatestDoc {
  _id: string;
  position: TrackPoint | null;
  days: string[];
  statics: Record<string, StaticPart>;
}

const trackHourSchema = new Schema<TrackHourDoc>(
  { _id: String, mmsi: String, p: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, minimize: false },
);
const crossingHourSchema = new Schema<CrossingHourDoc>({ _id: String, c: { type: Schema.Types.Mixed, default: {} } }, { versionKey: false, minimize: false });
const vesselLatestSchema = new Schema<VesselLatestDoc>(
  {
    _id: String,
    position: { type: Schema.Types.Mixed, default: null },
    days: [String],
    statics: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);

export interface Models {
  Vessel: Model<VesselDoc>;
  Report: Model<ReportDoc>;
  Zone: Model<ZoneDoc>;
  TrackHour: Model<TrackHourDoc>;
  CrossingHour: Model<CrossingHourDoc>;
  VesselLatest: Model<VesselLatestDoc>;
}

export function models(conn: Connection): Models {
  return {
    Vessel: conn.models.Vessel ?? conn.model<VesselDoc>('Vessel', vesselSchema, 'vessels'),
    Report: conn.models.Report ?? conn.model<ReportDoc>('Report', reportSchema, 'reports'),
    Zone: conn.models.Zone ?? conn.model<ZoneDoc>('Zone', zoneSchema, 'zones'),
    TrackHour: conn.models.TrackHour ?? conn.model<TrackHourDoc>('TrackHour', trackHourSchema, 'trackHours'),
    CrossingHour: conn.models.CrossingHour ?? conn.model<CrossingHourDoc>('CrossingHour', crossingHourSchema, 'crossingHours'),
    VesselLatest: conn.models.VesselLatest ?? conn.model<VesselLatestDoc>('VesselLatest', vesselLatestSchema, 'vesselLatest'),
  };
}
