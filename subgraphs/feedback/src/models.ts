import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, type UnitRef } from '@ioc/kit';
import type { Category, Status, RefusalReason } from './codes';
import type { PhotoRef } from './photos/store';
import type { HotSpotMark } from './hotspots';

export interface Step {
  status: Status;
  at: Date;
  by: string;
  note: string | null;
}

/**
 * A citizen's report: from the hub's own form (`source` WEB, `_id` the tracking code the hub
 * issued) or imported from an existing feedback system (`source` the feed, `_id` that system's id).
 */
export interface FeedbackDoc {
  _id: string;
  source: string;
  category: Category;
  description: string;
  /** The citizen's phone, from the form only; officers and admins read it, the import never keeps it. */
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
  unit: UnitRef;
  status: Status;
  receivedAt: Date;
  dueAt: Date;
  refusalReason: RefusalReason | null;
  agency: string | null;
  result: string | null;
  resolvedAt: Date | null;
  photos: PhotoRef[];
  resultPhotos: PhotoRef[];
  rating: number | null;
  history: Step[];
  duplicateOf: string | null;
  /** Set when the report completed a hot spot as it was written (hotspots.ts). */
  hotSpot: HotSpotMark | null;
  updatedAt: Date;
  _hash?: string;
  _version?: number | null;
  _ingestedAt?: Date;
}

const photoSchema = new Schema<PhotoRef>({ id: String, contentType: String, size: Number }, { _id: false });
const stepSchema = new Schema<Step>({ status: String, at: Date, by: String, note: { type: String, default: null } }, { _id: false });

const feedbackSchema = new Schema<FeedbackDoc>(
  {
    _id: String,
    source: { type: String, required: true },
    category: { type: String, required: true },
    description: { type: String, required: true },
    phone: { type: String, default: null },
    latitude: { type: Number, default: null },
    longitude: { type: Number, default: null },
    unit: { type: unitRefSchema, required: true },
    status: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    refusalReason: { type: String, default: null },
    agency: { type: String, default: null },
    result: { type: String, default: null },
    resolvedAt: { type: Date, default: null },
    photos: { type: [photoSchema], default: [] },
    resultPhotos: { type: [photoSchema], default: [] },
    rating: { type: Number, default: null },
    history: { type: [stepSchema], default: [] },
    duplicateOf: { type: String, default: null },
    hotSpot: { type: new Schema<HotSpotMark>({ count: Number, near: [String] }, { _id: false }), default: null },
    updatedAt: { type: Date, required: true },
    ...ingestFields,
  },
  { versionKey: false },
);

/** Submissions per client per window: `_id` "<client>|<window start>", so each check is one `_id` upsert. */
export interface RateDoc {
  _id: string;
  n: number;
  expiresAt: Date;
}
const rateSchema = new Schema<RateDoc>({ _id: String, n: Number, expiresAt: Date }, { versionKey: false });

/** Who read a phone number, and when (personal data reads are audit-logged). */
export interface AuditDoc {
  at: Date;
  sub: string;
  role: string;
  trackingCode: string;
  field: string;
}
const auditSchema = new Schema<AuditDoc>({ at: Date, sub: String, role: String, trackingCode: String, field: String }, { versionKey: false });

export interface Models {
  Feedback: Model<FeedbackDoc>;
  Rate: Model<RateDoc>;
  Audit: Model<AuditDoc>;
}

export function models(conn: Connection): Models {
  return {
    Feedback: conn.models.Feedback ?? conn.model<FeedbackDoc>('Feedback', feedbackSchema, 'feedback'),
    Rate: conn.models.Rate ?? conn.model<RateDoc>('Rate', rateSchema, 'ratelimits'),
    Audit: conn.models.Audit ?? conn.model<AuditDoc>('Audit', auditSchema, 'audit'),
  };
}
