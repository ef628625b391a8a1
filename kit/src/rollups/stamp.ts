/**
 * The data stamp as a request reads it: once, at its start, for the answer cache
 * (http/answer-cache.ts) and every process cache its reads go through (cache.ts, kept.ts). Each
 * keeps what it read after the stamp under it, so one read serves them all exactly: whatever
 * finished writing before the stamp was read had renewed it (`renewStamp`, after its writes).
 */
import type { Connection } from 'mongoose';
import { currentRequest } from '../observability/request-context';
import { assertLayout, rollupCollection, stampId, type RollupDoc } from './store';
import type { mongo } from 'mongoose';

// The driver's collection object is built by two lookups per call; a request reads it once.
const collections = new WeakMap<Connection, mongo.Collection<RollupDoc>>();

/**
 * The stamp as stored now (null before any write), read from the database; refused (thrown) when
 * the rollups are of an older layout, so that no reader decodes documents it does not understand.
 */
export function readStamp(conn: Connection): Promise<string | null> {
  let col = collections.get(conn);
  if (!col) collections.set(conn, (col = rollupCollection(conn)));
  return col.findOne({ _id: stampId }).then((d) => {
    assertLayout(conn, d);
    return d?.v ?? null;
  });
}

/** The stamp of the request in progress (read at its first ask), or a fresh read outside a request. */
export function requestStamp(conn: Connection): Promise<string | null> {
  const ctx = currentRequest();
  if (!ctx) return readStamp(conn);
  if (ctx.stamp?.of !== conn) ctx.stamp = { of: conn, value: readStamp(conn) };
  return ctx.stamp.value;
}
