/**
 * The bookkeeping of a feed: `onAccepted: rollupFeed(conn, spec)` keeps the sector's rollups in
 * the same ingest pass that writes the raw records. Each accepted change takes the stored
 * version's contribution out and puts the new one in, summed over the batch into one unordered
 * bulk write of whole documents (replace.ts). runIngest passes only real changes (a re-sent or older
 * version is not one) and lets one writer at a time run a feed, so deltas from `before` are safe.
 */
import type { Connection } from 'mongoose';
import type { AcceptedChange, StoredRecord } from '../ingest/feed';
import { Deltas } from './store';
import { replaceDeltas } from './replace';
import type { RollupSpec } from './spec';

export type RollupHook<R extends StoredRecord> = ((changes: AcceptedChange<R>[]) => Promise<void>) & { rollupSpec: RollupSpec<R> };

export function rollupFeed<R extends StoredRecord>(conn: Connection, spec: RollupSpec<R>): RollupHook<R> {
  const hook = async (changes: AcceptedChange<R>[]) => {
    const deltas = new Deltas();
    for (const { before, after } of changes) {
      if (before) deltas.apply(spec, before, -1);
      deltas.apply(spec, after, 1);
    }
    await replaceDeltas(conn, deltas);
  };
  // Kept on the hook so that `rebuildRollups` finds the spec of a feed.
  return Object.assign(hook, { rollupSpec: spec });
}
