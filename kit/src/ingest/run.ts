/**
 * The one ingestion path (file, push and pull all end here): stream items, validate, upsert by
 * natural key in batches, keep rejects, record the feed's freshness.
 *
 * Per batch: one query reads the stored versions and content hashes of the batch's keys, one
 * bulk write stores what changed. Memory holds one batch, whatever the file size.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Connection } from 'mongoose';
import { ingestModels, type RejectDoc } from './models';
import { RejectError } from './reject';
import type { AcceptedChange, Feed, IngestSummary, StoredRecord } from './feed';

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

function rawText(raw: unknown): string {
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

interface Pending { record: StoredRecord; hash: string; version: number | null }

/**
 * Inserts records the batch found absent. One that another import stored meanwhile (duplicate
 * key) is replaced instead, so two imports racing on a key still end with one record.
 */
async function insertOrReplace(feed: Feed<any>, docs: StoredRecord[]): Promise<void> {
  try {
    await feed.model.insertMany(docs, { ordered: false, lean: true });
  } catch (e) {
    const failed = new Set(((e as { writeErrors?: { err?: { index: number }; index?: number }[] }).writeErrors ?? []).map((w) => w.err?.index ?? w.index));
    if (failed.size === 0) throw e;
    const again = docs.filter((_, i) => failed.has(i)).map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d, upsert: true } }));
    await feed.model.bulkWrite(again as any, { ordered: false, strict: false } as any);
  }
}

export async function runIngest(conn: Connection, feed: Feed<any>, input: Readable): Promise<IngestSummary> {
  const { Reject, FeedStatus } = ingestModels(conn);
  const summary: IngestSummary = { accepted: 0, rejected: 0, unchanged: 0 };
  const attemptAt = new Date();
  await FeedStatus.updateOne({ _id: feed.name }, { lastAttemptAt: attemptAt }, { upsert: true });
  const batchSize = feed.batchSize ?? 500;
  let batch = new Map<string, Pending>();
  let rejects: RejectDoc[] = [];

  const flushRejects = async () => {
    if (rejects.length === 0) return;
    await Reject.bulkWrite(rejects.map((r) => ({ replaceOne: { filter: { _id: r._id }, replacement: r, upsert: true } })), { ordered: false });
    rejects = [];
  };

  const flush = async () => {
    if (batch.size === 0) return;
    const pending = [...batch.values()];
    batch = new Map();
    const ids = pending.map((p) => p.record._id);
    // The rollup bookkeeping needs the whole stored record, to take its old contribution out.
    const projection = feed.onAccepted ? {} : { _hash: 1, _version: 1 };
    const stored = await feed.model.find(feed.lookup ? feed.lookup(ids) : { _id: { $in: ids } }, projection).lean<(StoredRecord & { _hash?: string; _version?: number | null })[]>();
    const known = new Map(stored.map((s) => [s._id, s]));
    const inserts = [];
    const replaces = [];
    const changes: AcceptedChange[] = [];
    for (const p of pending) {
      const old = known.get(p.record._id);
      const same = old?._hash === p.hash;
      const older = old && p.version !== null && old._version !== undefined && old._version !== null && p.version < old._version;
      if (same || older) { summary.unchanged++; continue; }
      summary.accepted++;
      const stamp = { _hash: p.hash, _version: p.version, _ingestedAt: new Date() };
      changes.push({ before: old ?? null, after: { ...p.record, ...stamp } });
      if (old) replaces.push({ replaceOne: { filter: { _id: p.record._id }, replacement: { ...p.record, ...stamp }, upsert: true } });
      // The lean insert skips mongoose's casting, so the record is cast to the schema here;
      // castObject leaves out null fields, which the record keeps as stored nulls.
      else inserts.push({ ...p.record, ...feed.model.castObject(p.record), ...stamp });
    }
    // New records are inserted in one statement (an upsert per record costs a statement each on
    // FerretDB); strict: false keeps the bookkeeping fields where a schema does not declare them.
    if (inserts.length) await insertOrReplace(feed, inserts);
    if (replaces.length) await feed.model.bulkWrite(replaces as any, { ordered: false, strict: false } as any);
    if (feed.onAccepted && changes.length) await feed.onAccepted(changes);
  };

  const keep = (raw: unknown, position: number, field: string | null, value: unknown, reason: string) => {
    summary.rejected++;
    const text = rawText(raw);
    rejects.push({ _id: hashOf([feed.name, text]), feed: feed.name, raw: text.slice(0, 10_000), reason, field, value: value === undefined ? null : rawText(value).slice(0, 500), at: new Date(), position });
  };

  try {
    for await (const item of feed.parse(input)) {
      if (item.error) { keep(item.raw, item.position, item.error.field, item.error.value, item.error.reason); continue; }
      let record: StoredRecord;
      try {
        record = await feed.toRecord(item.raw);
      } catch (e) {
        if (!(e instanceof RejectError)) throw e;
        keep(item.raw, item.position, e.field, e.value, e.message);
        continue;
      }
      const version = feed.version ? feed.version(record) : null;
      const prior = batch.get(record._id);
      // Within one file, too, the newest version of a record wins.
      if (prior && prior.version !== null && version !== null && version < prior.version) { summary.unchanged++; continue; }
      if (prior) summary.unchanged++;
      batch.set(record._id, { record, hash: hashOf(record), version });
      if (batch.size >= batchSize) await flush();
      if (rejects.length >= batchSize) await flushRejects();
    }
    await flush();
    await flushRejects();
  } catch (e) {
    await FeedStatus.updateOne({ _id: feed.name }, { lastOutcome: 'FAILED', lastError: (e as Error).message }, { upsert: true });
    throw e;
  }
  await FeedStatus.updateOne({ _id: feed.name }, { lastSuccessAt: new Date(), lastOutcome: summary.rejected ? 'OK_WITH_REJECTS' : 'OK', lastError: null, lastSummary: summary }, { upsert: true });
  return summary;
}
