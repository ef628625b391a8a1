/** Freshness and rejects of a sector's feeds, for the dashboard's "data flow" panel. */
import type { Connection } from 'mongoose';
import { forbidden } from '../errors';
import { canSeePersonalData, type Identity } from '../identity';
import { allOf, scopeFilter } from '../scope';
import { ingestModels } from './models';
import type { Feed } from './feed';

/**
 * Counts follow the caller's scope. Records held in a scope would need a scan of the records on
 * FerretDB (no secondary index), so `records` and the last import's summary (national figures)
 * are given to callers scoped to the whole country (`*`) only, null otherwise; rejects are counted
 * in the caller's scope (a reject carries the unit its raw record named).
 */
export async function feedStatuses(sector: string, conn: Connection, feeds: Feed[], identity: Identity) {
  if (identity.role === 'public') throw forbidden('tình trạng nguồn dữ liệu cần đăng nhập');
  const { FeedStatus, Reject } = ingestModels(conn);
  const national = identity.scope.includes('*');
  const statuses = await FeedStatus.find({ _id: { $in: feeds.map((f) => f.name) } }).lean();
  return Promise.all(
    feeds.map(async (f) => {
      const s = statuses.find((x) => x._id === f.name);
      return {
        sector,
        feed: f.name,
        lastAttemptAt: s?.lastAttemptAt ?? null,
        lastSuccessAt: s?.lastSuccessAt ?? null,
        lastOutcome: s?.lastOutcome ?? 'NEVER',
        lastError: s?.lastError ?? null,
        lastSummary: national ? (s?.lastSummary ?? null) : null,
        records: national ? await f.model.estimatedDocumentCount() : null,
        rejects: await Reject.countDocuments(allOf({ feed: f.name }, scopeFilter(identity))),
        figuresIncompleteSince: s?.figuresIncompleteSince ?? null,
      };
    }),
  );
}

/**
 * Rejected records hold raw source data, which can hold personal data: officers and admins only,
 * and only those naming a unit in the caller's scope (those naming none: whole-country callers).
 */
export async function listRejects(conn: Connection, identity: Identity, feed: string | null | undefined, first: number) {
  if (!canSeePersonalData(identity)) throw forbidden('bản ghi bị từ chối chứa dữ liệu gốc; cần vai trò officer hoặc admin');
  const { Reject } = ingestModels(conn);
  return Reject.find(allOf(feed ? { feed } : {}, scopeFilter(identity)))
    .sort({ at: -1 })
    .limit(first)
    .lean();
}
