/** Freshness and rejects of a sector's feeds, for the dashboard's "data flow" panel. */
import type { Connection } from 'mongoose';
import { forbidden } from '../errors';
import { canSeePersonalData, type Identity } from '../identity';
import { ingestModels } from './models';
import type { Feed } from './feed';

export async function feedStatuses(sector: string, conn: Connection, feeds: Feed[], identity: Identity) {
  if (identity.role === 'public') throw forbidden('tình trạng nguồn dữ liệu cần đăng nhập');
  const { FeedStatus, Reject } = ingestModels(conn);
  const statuses = await FeedStatus.find({ _id: { $in: feeds.map((f) => f.name) } }).lean();
  return Promise.all(feeds.map(async (f) => {
    const s = statuses.find((x) => x._id === f.name);
    return {
      sector,
      feed: f.name,
      lastAttemptAt: s?.lastAttemptAt ?? null,
      lastSuccessAt: s?.lastSuccessAt ?? null,
      lastOutcome: s?.lastOutcome ?? 'NEVER',
      lastError: s?.lastError ?? null,
      lastSummary: s?.lastSummary ?? null,
      records: await f.model.estimatedDocumentCount(),
      rejects: await Reject.countDocuments({ feed: f.name }),
    };
  }));
}

/** Rejected records hold raw source data, which can hold personal data: officers and admins only. */
export async function listRejects(conn: Connection, identity: Identity, feed: string | null | undefined, first: number) {
  if (!canSeePersonalData(identity)) throw forbidden('bản ghi bị từ chối chứa dữ liệu gốc; cần vai trò officer hoặc admin');
  const { Reject } = ingestModels(conn);
  return Reject.find(feed ? { feed } : {}).sort({ at: -1 }).limit(first).lean();
}
