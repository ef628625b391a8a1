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
 * One transceiver's positions of one Vietnam day, written beside the raw reports at ingest so that
 * a track is read by `_id` (a 24-hour track spans at most two days). `_id` is `mmsi|YYYY-MM-DD`;
 * `p` maps the receive second (the report key's suffix) to the point, so a re-sent report
 * overwrites its own slot. Points are objects: FerretDB v1 refuses nested arrays.
 */
export interface TrackDayDoc {
  _id: string;
  mmsi: string;
  day: string;
  p: Record<string, TrackPoint>;
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
 * instant in one track day), and its newest static data per part. Kept apart from the registry row,
 * which a re-sent registry replaces whole; a fleet of a few thousand is a small set.
 */
export interface VesselLatestDoc {
  _id: string;
  position: TrackPoint | null;
  days: string[];
  statics: Record<string, StaticPart>;
}

const trackDaySchema = new Schema<TrackDayDoc>(
  { _id: String, mmsi: String, day: String, p: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, minimize: false },
);
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
  TrackDay: Model<TrackDayDoc>;
  VesselLatest: Model<VesselLatestDoc>;
}

export function models(conn: Connection): Models {
  return {
    Vessel: conn.models.Vessel ?? conn.model<VesselDoc>('Vessel', vesselSchema, 'vessels'),
    Report: conn.models.Report ?? conn.model<ReportDoc>('Report', reportSchema, 'reports'),
    Zone: conn.models.Zone ?? conn.model<ZoneDoc>('Zone', zoneSchema, 'zones'),
    TrackDay: conn.models.TrackDay ?? conn.model<TrackDayDoc>('TrackDay', trackDaySchema, 'trackDays'),
    VesselLatest: conn.models.VesselLatest ?? conn.model<VesselLatestDoc>('VesselLatest', vesselLatestSchema, 'vesselLatest'),
  };
}
