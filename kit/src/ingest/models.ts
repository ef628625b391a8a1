import { Schema, type Connection, type Model } from 'mongoose';

/**
 * What runIngest writes beside each record (content hash, version, time of import): spread into a
 * sector's schema so that the fields are declared where the record is.
 */
export const ingestFields = { _hash: String, _version: Number, _ingestedAt: Date };

/** A record a feed could not take, kept with the reason so that nothing is dropped silently. */
export interface RejectDoc {
  /** Hash of feed + raw record: re-sending the same bad record keeps one reject. */
  _id: string;
  feed: string;
  raw: string;
  reason: string;
  field: string | null;
  value: string | null;
  at: Date;
  /** Where in the file it was (line or item number of the last import that sent it). */
  position: number | null;
  /** The unit code the raw record reported and where it lies today, when known: the scope of the reject. */
  unit: { code: string; current: { province: string; commune: string | null } } | null;
}

export interface FeedStatusDoc {
  _id: string;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastOutcome: string | null;
  lastError: string | null;
  lastSummary: { accepted: number; rejected: number; unchanged: number } | null;
  /** The import under way: set when it starts, cleared when it ends (succeeded or failed). */
  running?: { id: string; since: Date } | null;
  /**
   * Since when records of the feed may be stored without what the sector keeps from them (its
   * `onAccepted`: rollups, tracks…): the start of an import that stopped without ending (its
   * process died) or whose hook failed. Cleared by a rebuild of the sector's rollups.
   */
  figuresIncompleteSince?: Date | null;
}

const rejectSchema = new Schema<RejectDoc>(
  {
    _id: String,
    feed: String,
    raw: String,
    reason: String,
    field: String,
    value: String,
    at: Date,
    position: Number,
    unit: { type: new Schema({ code: String, current: { province: String, commune: String } }, { _id: false }), default: null },
  },
  { versionKey: false },
);
rejectSchema.index({ feed: 1, at: -1 });

const feedSchema = new Schema<FeedStatusDoc>(
  {
    _id: String,
    lastAttemptAt: Date,
    lastSuccessAt: Date,
    lastOutcome: String,
    lastError: String,
    lastSummary: { accepted: Number, rejected: Number, unchanged: Number },
    running: { type: new Schema({ id: String, since: Date }, { _id: false }), default: undefined },
    figuresIncompleteSince: Date,
  },
  { versionKey: false },
);

export function ingestModels(conn: Connection): { Reject: Model<RejectDoc>; FeedStatus: Model<FeedStatusDoc> } {
  return {
    Reject: conn.models.Reject ?? conn.model<RejectDoc>('Reject', rejectSchema, 'rejects'),
    FeedStatus: conn.models.FeedStatus ?? conn.model<FeedStatusDoc>('FeedStatus', feedSchema, 'feeds'),
  };
}
