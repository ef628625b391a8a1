/**
 * The resources the `fhir` feed keeps, in one collection: a Bundle mixes Organizations, Encounters
 * and Patients, and the kit's ingestion upserts one feed into one model. `kind` tells them apart;
 * `_id` is the natural key, prefixed with the kind.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';

/**
 * A facility as known in one register. A facility exported with an old-register commune code
 * before the reform and a new one after keeps one record per register
 * (`_id` = Organization|code|register), so that a question on an old unit still finds it there;
 * figures on today's units prefer the new-register record (see loaders.ts and stats.ts).
 */
export type FacilityDoc = {
  _id: string;
  kind: 'Organization';
  code: string;
  /** Organization.id in the HIS, which Encounter.serviceProvider references. */
  resourceId: string;
  name: string;
  beds: number;
  lastUpdated: Date | null;
  unit: UnitRef;
};

/** One encounter (visit or stay); `_id` = Encounter|facility code|Encounter.id. */
export type EncounterDoc = {
  _id: string;
  kind: 'Encounter';
  facility: string;
  encounterId: string;
  status: string;
  cls: 'AMB' | 'IMP' | 'EMER';
  start: Date;
  end: Date | null;
  lastUpdated: Date | null;
  unit: UnitRef;
};

/** A patient reduced to what statistics may need: never a name, identifier, phone or birth date. */
export type PatientDoc = {
  /** Patient|hash of the HIS's Patient.id: links re-sent versions without keeping the identifier. */
  _id: string;
  kind: 'Patient';
  gender: string | null;
  birthYear: number | null;
  lastUpdated: Date | null;
  unit: UnitRef | null;
};

export type ResourceDoc = FacilityDoc | EncounterDoc | PatientDoc;

const resourceSchema = new Schema(
  {
    _id: String,
    kind: { type: String, required: true },
    code: String,
    resourceId: String,
    name: String,
    beds: Number,
    facility: String,
    encounterId: String,
    status: String,
    cls: String,
    start: Date,
    end: Date,
    gender: String,
    birthYear: Number,
    lastUpdated: Date,
    unit: { type: unitRefSchema, default: null },
    ...ingestFields,
  },
  { versionKey: false },
);
indexUnitRef(resourceSchema, 'unit', { kind: 1 });
resourceSchema.index({ kind: 1, resourceId: 1 });

export interface Models {
  Resource: Model<ResourceDoc>;
}

export function models(conn: Connection): Models {
  return { Resource: conn.models.HealthResource ?? conn.model<ResourceDoc>('HealthResource', resourceSchema, 'resources') };
}
