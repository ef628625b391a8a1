import type { Connection } from 'mongoose';
import { isChangeRecord, rollupCollectionName } from '../rollups/store';

/**
 * Counts the documents a connection's queries return (from the driver's command monitoring), for
 * tests and benchmarks showing that a statistic reads the same documents whatever the raw volume.
 * The connection must monitor commands (connectDatabase's do). Returns a reader of the running total.
 * The rollups' change records (rollups/store.ts) are not counted: a process reads each once after
 * the writes that left it (at most `keptChanges` at a time), however much data is held. The stamp is.
 */
export function countDocumentsRead(connection: Connection): () => number {
  let n = 0;
  connection.getClient().on('commandSucceeded', (e) => {
    const cursor = (e.reply as { cursor?: { ns?: string; firstBatch?: { _id?: unknown }[]; nextBatch?: { _id?: unknown }[] } } | undefined)?.cursor;
    if (!cursor) return;
    const inRollups = cursor.ns?.endsWith(`.${rollupCollectionName}`);
    for (const d of cursor.firstBatch ?? cursor.nextBatch ?? []) {
      if (!(inRollups && typeof d._id === 'string' && isChangeRecord(d._id))) n++;
    }
  });
  return () => n;
}
