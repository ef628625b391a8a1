import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';
import type { LandUseGroup } from './reference/land-use-codes';

export interface ParcelDoc {
  /** `${maXa}-${soTo}-${soThua}`: the registry's natural key. */
  _id: string;
  unit: UnitRef;
  sheet: number;
  number: number;
  area: number;
  geometryArea: number;
  /** |geometryArea − area| / area, kept so that alerts need no geometry read. */
  areaDeviation: number;
  /** Land-use codes, primary first. */
  uses: string[];
  group: LandUseGroup;
  userType: string | null;
  certified: boolean;
  /** Vietnam day of ngayCapNhat. */
  updatedOn: string;
  /** ngayCapNhat as an instant: the record's version, newer wins. */
  updatedAt: Date;
  /** GeoJSON text: FerretDB v1 cannot store nested arrays. */
  geometry: string;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Fields the kit's runIngest adds for unchanged and out-of-order detection. */
interface IngestMeta {
  _hash?: string;
  _version?: number | null;
  _ingestedAt?: Date;
}

const parcelSchema = new Schema<ParcelDoc & IngestMeta>(
  {
    _id: String,
    unit: { type: unitRefSchema, required: true },
    sheet: Number,
    number: Number,
    area: Number,
    geometryArea: Number,
    areaDeviation: Number,
    uses: [String],
    group: String,
    userType: String,
    certified: Boolean,
    updatedOn: String,
    updatedAt: Date,
    geometry: String,
    minLon: Number,
    minLat: Number,
    maxLon: Number,
    maxLat: Number,
    ...ingestFields,
  },
  { versionKey: false },
);
indexUnitRef(parcelSchema);
// No geo index on FerretDB: the box query ranges over these plain numbers instead.
parcelSchema.index({ minLon: 1, maxLon: 1 });
parcelSchema.index({ minLat: 1, maxLat: 1 });

/** The newest ngayCapNhat among a unit's parcels; `_id` is the unit's rollup target key (see rollup.ts). */
export interface UnitNewestDoc {
  _id: string;
  at: Date;
}
const unitNewestSchema = new Schema<UnitNewestDoc>({ _id: String, at: Date }, { versionKey: false });

export interface Models {
  Parcel: Model<ParcelDoc & IngestMeta>;
  UnitNewest: Model<UnitNewestDoc>;
}

export function models(conn: Connection): Models {
  return {
    Parcel: conn.models.Parcel ?? conn.model<ParcelDoc & IngestMeta>('Parcel', parcelSchema, 'parcels'),
    UnitNewest: conn.models.UnitNewest ?? conn.model<UnitNewestDoc>('UnitNewest', unitNewestSchema, 'unitNewest'),
  };
}
