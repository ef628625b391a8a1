import type { Connection } from 'mongoose';

/**
 * Counts the documents a connection's queries return (from the driver's command monitoring), for
 * tests and benchmarks showing that a statistic reads the same documents whatever the raw volume.
 * The connection must monitor commands (connectDatabase's do). Returns a reader of the running total.
 */
export function countDocumentsRead(connection: Connection): () => number {
  let n = 0;
  connection.getClient().on('commandSucceeded', (e) => {
    const cursor = (e.reply as { cursor?: { firstBatch?: unknown[]; nextBatch?: unknown[] } } | undefined)?.cursor;
    if (cursor) n += (cursor.firstBatch ?? cursor.nextBatch ?? []).length;
  });
  return () => n;
}
