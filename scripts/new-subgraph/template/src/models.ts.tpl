import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';

/** One record of the source system, as last sent; only what the statistics need. */
export interface RecordDoc {
  /** The source's own id. */
  _id: string;
  kind: string;
  value: number;
  /** The record's Vietnam day, YYYY-MM-DD. */
  date: string;
  updatedAt: Date;
  unit: UnitRef;
  _hash?: string;
  _version?: number | null;
  _ingestedAt?: Date;
}

const recordSchema = new Schema<RecordDoc>({
  _id: String,
  kind: { type: String, required: true },
  value: { type: Number, required: true },
  date: { type: String, required: true },
  updatedAt: { type: Date, required: true },
  unit: { type: unitRefSchema, required: true },
  ...ingestFields,
}, { versionKey: false });
indexUnitRef(recordSchema, 'unit', { date: 1 });

export interface Models { Record: Model<RecordDoc> }

export function models(conn: Connection): Models {
  return { Record: conn.models.__PASCAL__Record ?? conn.model<RecordDoc>('__PASCAL__Record', recordSchema, 'records') };
}
