import { Schema, type Connection, type Model } from 'mongoose';
import type { Unit } from '@ioc/kit';

/** A unit of the kit's registers as stored, with its search key and reform links. */
export interface UnitDoc extends Unit {
  _id: string;
  /** Folded bare name ("quang nam") for accent-insensitive search. */
  search: string;
  successors: { level: string; code: string; share: string }[];
  predecessors: { level: string; code: string; share: string }[];
}

/** The geometry is kept as GeoJSON text: FerretDB v1 cannot store nested arrays. */
export interface BoundaryDoc {
  _id: string;
  province: string;
  bbox: number[];
  geometry: string;
}
export interface MetaDoc {
  _id: string;
  checksum: string;
  loadedAt: Date;
}

const link = new Schema({ level: String, code: String, share: String }, { _id: false });

const unitSchema = new Schema<UnitDoc>(
  {
    _id: String,
    register: { type: String, required: true },
    level: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    province: { type: String, required: true },
    district: { type: String, default: null },
    parent: { type: String, default: null },
    validFrom: { type: String, default: null },
    validTo: { type: String, default: null },
    search: { type: String, required: true },
    successors: [link],
    predecessors: [link],
  },
  { versionKey: false },
);

const boundarySchema = new Schema<BoundaryDoc>({ _id: String, province: String, bbox: [Number], geometry: String }, { versionKey: false });
const metaSchema = new Schema<MetaDoc>({ _id: String, checksum: String, loadedAt: Date }, { versionKey: false });

/**
 * One collection per level. The database is the registers' store for whoever reads MongoDB
 * directly; the subgraph answers from the kit's in-memory registers, so no read filter needs an index.
 */
export interface Models {
  Units: Record<'PROVINCE' | 'DISTRICT' | 'COMMUNE', Model<UnitDoc>>;
  Boundary: Model<BoundaryDoc>;
  Meta: Model<MetaDoc>;
}

export function models(conn: Connection): Models {
  const unitModel = (name: string, collection: string) => conn.models[name] ?? conn.model<UnitDoc>(name, unitSchema, collection);
  return {
    Units: { PROVINCE: unitModel('Province', 'provinces'), DISTRICT: unitModel('District', 'districts'), COMMUNE: unitModel('Commune', 'communes') },
    Boundary: conn.models.Boundary ?? conn.model<BoundaryDoc>('Boundary', boundarySchema, 'boundaries'),
    Meta: conn.models.Meta ?? conn.model<MetaDoc>('Meta', metaSchema, 'meta'),
  };
}
