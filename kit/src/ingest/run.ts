/**
 * The one ingestion path (file, push and pull all end here): stream items, validate, write by
 * natural key in batches, keep rejects, record the feed's freshness.
 *
 * One import per feed at a time (a lease in the database, shared by every replica). Per batch,
 * new records go in with one unordered insert, which the primary key answers without a read; the
 * keys already stored come back as duplicate-key errors. Only those are read, in one query, to
 * sort out unchanged and older records; the changed ones are replaced with one unordered bulk write
 * whose filters compare the version inside the write, so an older version never replaces a newer
 * one whoever else writes. Memory holds one batch, whatever the file size.
 *
 * One `_id: {$in}` read per batch finds the stored records: an index lookup on MongoDB and on the
 * project's FerretDB build (scripts/ferretdb/README.md), so its cost follows the batch, not the
 * collection (kit/bench/ingest-lookup.bench.ts compares the ways).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Connection } from 'mongoose';
import { ingestModels, type FeedStatusDoc, type RejectDoc } from './models';
import { RejectError } from './reject';
import { acquireLease } from './lease';
import { isDatabaseError, isDuplicateKey, logForOperators, publicReason, retrying } from './db-errors';
import { beyondHorizon, horizonReason } from './horizon';
import { rejectUnit } from './reject-unit';
import { positiveSetting } from './settings';
import { recordHash } from './record-hash';
import { renewStampFollowed } from '../rollups/cache';
import { hubMetrics } from '../observability/metrics';
import { log } from '../observability/log';
import type { AcceptedChange, Feed, IngestSummary, StoredRecord } from './feed';

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

function rawText(raw: unknown): string {
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

interface Pending {
  record: StoredRecord;
  hash: string;
  version: number | null;
}
type Stored = StoredRecord & { _hash?: string; _version?: number | null };

/**
 * Items per batch unless the feed says otherwise. Measured on FerretDB v1 with procedures' month
 * file (scripts/bench-ingest.ts, database CPU per record): 5,000 cost less than half of 1,000,
 * because each rollup document a batch touches is rewritten whole once per batch, and a province's
 * month document is touched by nearly every batch. The `$in` read of a batch's stored keys stays
 * under FerretDB's 10,000-key pushdown.
 */
export const defaultBatchSize = 5000;

/**
 * Accepted changes a run gathers before it hands them to the feed's `onAccepted`, unless
 * `HUB_INGEST_CHANGES_PER_HOOK` says otherwise. The hook's writes cost per document touched, not
 * per change (a rollup document is rewritten whole), and nearly every batch of a month file
 * touches the same province, district and commune documents: handing over several batches at once
 * rewrites them once. The changes of one record are folded into one (first `before`, last
 * `after`), so a hook sees what it would have seen had the batches been one. Memory: at most this
 * many changes (each the record before and after) beside the batch being parsed.
 */
export const defaultChangesPerHook = 25_000;

/** The stored records of `ids`, in one query. */
async function readStored(feed: Feed<any>, ids: string[]): Promise<Map<string, Stored>> {
  const rows = (await retrying(() => feed.model.collection.find({ _id: { $in: ids } } as any).toArray())) as unknown as Stored[];
  return new Map(rows.map((r) => [r._id, r]));
}

/** Writes one batch; returns the accepted changes (before/after) and how many were accepted. */
async function writeBatch(feed: Feed<any>, pending: Pending[]): Promise<{ accepted: number; changes: AcceptedChange[] }> {
  const now = new Date();
  const docs = pending.map((p) => ({
    // The driver's insert skips mongoose's casting, so the record is cast to the schema here;
    // castObject leaves out null fields, which the record keeps as stored nulls.
    ...p.record,
    ...feed.model.castObject(p.record),
    _hash: p.hash,
    _version: p.version,
    _ingestedAt: now,
  })) as Stored[];
  const existing = new Set<number>();
  try {
    await retrying(() => feed.model.collection.insertMany(docs as any[], { ordered: false }));
  } catch (e) {
    const errors = (e as { writeErrors?: { index: number; code: number }[] }).writeErrors;
    if (!errors || errors.some((w) => !isDuplicateKey(w))) throw e;
    for (const w of errors) existing.add(w.index);
  }
  const inserted = pending.length - existing.size;
  const changes: AcceptedChange[] = [];
  if (feed.onAccepted)
    pending.forEach((_, i) => {
      if (!existing.has(i)) changes.push({ before: null, after: docs[i] });
    });
  if (existing.size === 0) return { accepted: inserted, changes };

  // The whole stored record: the rollup bookkeeping takes its old contribution out with it.
  const before = await readStored(
    feed,
    [...existing].map((i) => docs[i]._id),
  );
  const candidates = [...existing].filter((i) => {
    const old = before.get(docs[i]._id);
    const p = pending[i];
    return old !== undefined && old._hash !== p.hash && !(p.version !== null && typeof old._version === 'number' && p.version < old._version);
  });
  if (candidates.length === 0) return { accepted: inserted, changes };
  const replaces = candidates.map((i) => {
    const p = pending[i];
    const filter: Record<string, unknown> = { _id: p.record._id };
    if (p.version !== null) filter._version = { $not: { $gt: p.version } };
    return { replaceOne: { filter, replacement: docs[i] } };
  });
  // The driver's, like the insert: the replacements are cast already (mongoose's own cast each again into a document).
  const result = await retrying(() => feed.model.collection.bulkWrite(replaces as any, { ordered: false }));
  let written = candidates;
  if (result.matchedCount < candidates.length) {
    // Another writer (outside the lease) got there first for some keys: only those that now hold
    // this batch's content were written by it.
    const after = await readStored(
      feed,
      candidates.map((i) => docs[i]._id),
    );
    written = candidates.filter((i) => after.get(docs[i]._id)?._hash === pending[i].hash);
  }
  if (feed.onAccepted) for (const i of written) changes.push({ before: before.get(docs[i]._id)!, after: docs[i] });
  return { accepted: inserted + written.length, changes };
}

export async function runIngest(conn: Connection, feed: Feed<any>, input: Readable): Promise<IngestSummary> {
  const { Reject, FeedStatus } = ingestModels(conn);
  const timer = hubMetrics.ingestDuration().startTimer({ feed: feed.name });
  try {
    const lease = await acquireLease(conn, feed.name);
    try {
      const summary = await ingestHeld(feed, input, Reject, FeedStatus, lease.held);
      for (const [outcome, n] of Object.entries(summary)) hubMetrics.ingestRecords().inc({ feed: feed.name, outcome }, n);
      hubMetrics.ingestLastSuccess().set({ feed: feed.name }, Date.now() / 1000);
      return summary;
    } finally {
      await lease.release().catch((e) => logForOperators(feed.name, e));
    }
  } catch (e) {
    hubMetrics.ingestFailures().inc({ feed: feed.name });
    throw e;
  } finally {
    timer();
  }
}

async function ingestHeld(
  feed: Feed<any>,
  input: Readable,
  Reject: ReturnType<typeof ingestModels>['Reject'],
  FeedStatus: ReturnType<typeof ingestModels>['FeedStatus'],
  held: () => boolean,
): Promise<IngestSummary> {
  const summary: IngestSummary = { accepted: 0, rejected: 0, unchanged: 0 };
  const run = { id: randomUUID(), since: new Date() };
  const prior = await retrying(() =>
    FeedStatus.findOneAndUpdate({ _id: feed.name }, { $set: { lastAttemptAt: run.since, running: run } }, { upsert: true }).lean(),
  );
  // Under the lease, an import still marked as running is one whose process stopped mid-way:
  // records it stored may lack their hook's bookkeeping (up to `defaultChangesPerHook` changes).
  if (prior?.running) {
    log.warn(
      { feed: feed.name, since: prior.running.since },
      'an import of this feed did not end; figures may miss its records until the sector is rebuilt (npm run rollups:rebuild)',
    );
    await retrying(() => FeedStatus.updateOne({ _id: feed.name }, { $min: { figuresIncompleteSince: prior.running!.since } }));
  }
  /** Set when records may be stored whose changes never reached the hook. */
  let incomplete = false;
  const ended = (fields: Partial<FeedStatusDoc>) =>
    FeedStatus.updateOne({ _id: feed.name }, { $set: fields, ...(incomplete ? { $min: { figuresIncompleteSince: run.since } } : {}) }, { upsert: true }).then(
      () => FeedStatus.updateOne({ _id: feed.name, 'running.id': run.id }, { $unset: { running: '' } }),
    );
  const batchSize = feed.batchSize ?? defaultBatchSize;
  let batch = new Map<string, Pending>();
  let rejects: RejectDoc[] = [];

  const flushRejects = async () => {
    if (rejects.length === 0) return;
    const ops = rejects.map((r) => ({ replaceOne: { filter: { _id: r._id }, replacement: r, upsert: true } }));
    rejects = [];
    await retrying(() => Reject.bulkWrite(ops, { ordered: false }));
  };

  const changesPerHook = positiveSetting('HUB_INGEST_CHANGES_PER_HOOK', defaultChangesPerHook);
  /** Accepted changes not yet handed to the hook, one per record (see `defaultChangesPerHook`). */
  let gathered = new Map<string, AcceptedChange>();
  const handOver = async () => {
    if (gathered.size === 0) return;
    const changes = [...gathered.values()];
    // Handed over once, whatever the hook does with them: a failed hook is the run's failure.
    gathered = new Map();
    try {
      await feed.onAccepted!(changes);
    } catch (e) {
      incomplete = true;
      throw e;
    } finally {
      await renewStampFollowed(feed.model.db);
    }
  };

  const write = async (pending: Pending[]) => {
    // Until the batch is known to have changed nothing, it may have written something.
    let wrote = true;
    try {
      const { accepted, changes } = await writeBatch(feed, pending);
      wrote = accepted > 0;
      summary.accepted += accepted;
      summary.unchanged += pending.length - accepted;
      for (const c of changes) gathered.set(c.after._id, { before: gathered.get(c.after._id)?.before ?? c.before, after: c.after });
    } catch (e) {
      // Part of the batch may be stored all the same, its changes unknown to the hook.
      if (feed.onAccepted) incomplete = true;
      throw e;
    } finally {
      // What a batch wrote (records, what its hooks keep) must not hide behind the stamp readers
      // keep documents under (rollups/cache.ts, rollups/kept.ts), even when a write failed.
      if (wrote) await renewStampFollowed(feed.model.db);
    }
    if (gathered.size >= changesPerHook) await handOver();
  };

  /**
   * The batch being written while the next one is parsed: the parser (CPU here) and the database
   * server (its own process) work at the same time instead of in turn. Batches still write one
   * after the other, in file order, and at most two are held in memory.
   */
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.size === 0) return;
    const pending = [...batch.values()];
    batch = new Map();
    await writing;
    // A holder that stalled past its lease may now share the feed with another import: stop here
    // rather than interleave (the versions compared in the write keep what was written right).
    if (!held()) throw new Error(`mất quyền nạp nguồn "${feed.name}" (quá hạn giữ); phần còn lại của tệp chưa được nạp, hãy gửi lại`);
    writing = write(pending);
    // Awaited by the next flush or at the end; this only keeps a failure from counting as unhandled meanwhile.
    writing.catch(() => {});
  };

  const keep = (raw: unknown, position: number, field: string | null, value: unknown, reason: string) => {
    summary.rejected++;
    const text = rawText(raw);
    rejects.push({
      _id: hashOf([feed.name, text]),
      feed: feed.name,
      raw: text.slice(0, 10_000),
      reason,
      field,
      value: value === undefined ? null : rawText(value).slice(0, 500),
      at: new Date(),
      position,
      unit: rejectUnit(feed, raw),
    });
  };

  try {
    for await (const item of feed.parse(input)) {
      if (item.error) {
        keep(item.raw, item.position, item.error.field, item.error.value, item.error.reason);
        continue;
      }
      let record: StoredRecord;
      try {
        record = await feed.toRecord(item.raw);
      } catch (e) {
        if (!(e instanceof RejectError)) throw e;
        keep(item.raw, item.position, e.field, e.value, e.message);
        continue;
      }
      const version = feed.version ? feed.version(record) : null;
      // A version far in the future would win over every real update to come.
      if (version !== null && beyondHorizon(version)) {
        const field = feed.versionField ?? 'version';
        const value = field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], item.raw) ?? new Date(version).toISOString();
        keep(item.raw, item.position, field, value, horizonReason(field, value));
        continue;
      }
      const prior = batch.get(record._id);
      // Within one file, too, the newest version of a record wins.
      if (prior && prior.version !== null && version !== null && version < prior.version) {
        summary.unchanged++;
        continue;
      }
      if (prior) summary.unchanged++;
      batch.set(record._id, { record, hash: recordHash(record), version });
      if (batch.size >= batchSize) await flush();
      if (rejects.length >= batchSize) await flushRejects();
    }
    await flush();
    await writing;
    await handOver();
    await flushRejects();
  } catch (e) {
    // The batch in flight ends (written or failed) before the feed's outcome is recorded.
    await writing.catch(() => {});
    logForOperators(feed.name, e);
    // What was written before the failure is still handed to the hook (the rollups of every
    // record stored); a hook that fails again is told to operators, the run's error stands.
    await handOver().catch((h) =>
      isDatabaseError(h) ? logForOperators(feed.name, h) : log.error({ feed: feed.name, err: h }, 'the hook failed after the import did'),
    );
    // What was read before the failure stays: its rejects too.
    await flushRejects().catch(() => {});
    await ended({ lastOutcome: 'FAILED', lastError: publicReason(e) }).catch(() => {});
    throw e;
  }
  await retrying(() => ended({ lastSuccessAt: new Date(), lastOutcome: summary.rejected ? 'OK_WITH_REJECTS' : 'OK', lastError: null, lastSummary: summary }));
  return summary;
}
