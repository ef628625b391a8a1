import { Schema, type Connection, type Model } from 'mongoose';
import { unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';

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

const vesselSchema = new Schema<VesselDoc>({
  _id: String,
  name: String,
  lengthM: Number,
  powerKw: Number,
  gear: String,
  mmsi: String,
  homePort: String,
  updatedOn: String,
  unit: unitRefSchema,
}, { versionKey: false, strict: false });
indexUnitRef(vesselSchema);
vesselSchema.index({ mmsi: 1 });

const reportSchema = new Schema<ReportDoc>({
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
}, { versionKey: false, strict: false });
reportSchema.index({ mmsi: 1, time: -1 });

const zoneSchema = new Schema<ZoneDoc>({
  _id: String, kind: String, name: String, approximate: Boolean, source: String, geometry: String,
}, { versionKey: false, strict: false });

export interface Models { Vessel: Model<VesselDoc>; Report: Model<ReportDoc>; Zone: Model<ZoneDoc> }

export function models(conn: Connection): Models {
  return {
    Vessel: conn.models.Vessel ?? conn.model<VesselDoc>('Vessel', vesselSchema, 'vessels'),
    Report: conn.models.Report ?? conn.model<ReportDoc>('Report', reportSchema, 'reports'),
    Zone: conn.models.Zone ?? conn.model<ZoneDoc>('Zone', zoneSchema, 'zones'),
  };
}
