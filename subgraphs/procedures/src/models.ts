import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';

/**
 * A dossier as last reported by the portal. Only what the statistics and the follow-up list need:
 * the applicant's name, ID number, address and phone, which the portal may send, are never kept.
 */
export interface DossierDoc {
  /** MaHoSo. */
  _id: string;
  procedureCode: string;
  procedureName: string;
  fieldCode: string;
  fieldName: string;
  agency: string;
  status: number;
  channel: number;
  onlineLevel: 'TOAN_TRINH' | 'MOT_PHAN' | null;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
  unit: UnitRef;
  /** Kept by the kit's runIngest: content hash, version (NgayCapNhat) and time of the last write. */
  _hash?: string;
  _version?: number | null;
  _ingestedAt?: Date;
}

const dossierSchema = new Schema<DossierDoc>(
  {
    _id: String,
    procedureCode: { type: String, required: true },
    procedureName: { type: String, required: true },
    fieldCode: { type: String, required: true },
    fieldName: { type: String, required: true },
    agency: { type: String, required: true },
    status: { type: Number, required: true },
    channel: { type: Number, required: true },
    onlineLevel: { type: String, default: null },
    receivedAt: { type: Date, required: true },
    dueAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
    unit: { type: unitRefSchema, required: true },
    ...ingestFields,
  },
  { versionKey: false },
);
indexUnitRef(dossierSchema, 'unit', { receivedAt: 1 });

export interface Models {
  Dossier: Model<DossierDoc>;
}

export function models(conn: Connection): Models {
  return { Dossier: conn.models.Dossier ?? conn.model<DossierDoc>('Dossier', dossierSchema, 'dossiers') };
}
