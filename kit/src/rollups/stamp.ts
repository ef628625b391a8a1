/**
 * The data stamp as a request reads it: once, at its start, for the answer cache
 * (http/answer-cache.ts) and every process cache its reads go through (cache.ts, kept.ts). Each
 * keeps what it read after the stamp under it, so one read serves them all exactly: whatever
 * finished writing before the stamp was read had renewed it (`renewStamp`, after its writes).
 * A stamp reads `<epoch>.<seq>`: a value never used before after every renewal.
 */
import type { Connection } from 'mongoose';
import { currentRequest } from '../observability/request-context';
import { assertLayout, changeId, keptChanges, rollupCollection, stampId, type RollupDoc } from './store';
import type { mongo } from 'mongoose';

// The driver's collection object is built by two lookups per call; a request reads it once.
const collections = new WeakMap<Connection, mongo.Collection<RollupDoc>>();

function collectionOf(conn: Connection): mongo.Collection<RollupDoc> {
  let col = collections.get(conn);
  if (!col) collections.set(conn, (col = rollupCollection(conn)));
  return col;
}

/**
 * The stamp as stored now (null before any write), read from the database; refused (thrown) when
 * the rollups are of an older layout, so that no reader decodes documents it does not understand.
 */
export function readStamp(conn: Connection): Promise<string | null> {
  return collectionOf(conn)
    .findOne({ _id: stampId })
    .then((d) => {
      assertLayout(conn, d);
      return d?.v ? `${d.v}.${d.seq ?? 0}` : null;
    });
}

/** The stamp of the request in progress (read at its first ask), or a fresh read outside a request. */
export function requestStamp(conn: Connection): Promise<string | null> {
  const ctx = currentRequest();
  if (!ctx) return readStamp(conn);
  if (ctx.stamp?.of !== conn) ctx.stamp = { of: conn, value: readStamp(conn) };
  return ctx.stamp.value;
}

const parse = (stamp: string) => {
  const dot = stamp.lastIndexOf('.');
  return { epoch: stamp.slice(0, dot), seq: Number(stamp.slice(dot + 1)) };
};

/** Collection → the `_id`s written between two stamps, null for any document of it. */
export type Changes = Map<string, Set<string> | null>;

/**
 * What was written from stamp `from` to stamp `to`, both read from `conn`: 'older' when `to` comes
 * before `from` (a request that read the stamp before another one did), the writes the renewals
 * between them recorded, or null when that cannot be told (another epoch, records missing or
 * pruned, a read that failed): then anything may have changed.
 */
export async function changesBetween(conn: Connection, from: string, to: string): Promise<Changes | 'older' | null> {
  const a = parse(from);
  const b = parse(to);
  if (a.epoch !== b.epoch) return null;
  if (b.seq <= a.seq) return 'older';
  if (b.seq - a.seq > keptChanges) return null;
  const ids = Array.from({ length: b.seq - a.seq }, (_, i) => changeId(a.seq + 1 + i));
  try {
    const records = await collectionOf(conn)
      .find({ _id: { $in: ids } })
      .toArray();
    if (records.length !== ids.length) return null;
    const changes: Changes = new Map();
    for (const r of records) {
      for (const [collection, written] of Object.entries(r.w ?? {})) {
        const had = changes.get(collection);
        if (had === null) continue;
        if (written === null) changes.set(collection, null);
        else changes.set(collection, new Set([...(had ?? []), ...written]));
      }
    }
    return changes;
  } catch {
    return null;
  }
}
