/**
 * One writer per feed at a time, across every process on the subgraph's database: a lease document
 * (`_id` = feed name) in the `leases` collection. Replicas of a subgraph cooperate through it, so
 * two imports of the same feed never interleave their read-compare-write batches.
 *
 * Acquiring is an insert (the primary key makes it atomic on MongoDB and on FerretDB alike); the
 * holder renews `until` while it works and deletes the document at the end. A holder that died
 * leaves a lease that expires: a waiter removes it only if it is still that expired one (filter on
 * holder and `until`), then races for the insert like everyone else.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { setTimeout as sleep } from 'node:timers/promises';
import { positiveSetting } from './settings';
import { isDuplicateKey } from './db-errors';

interface LeaseDoc {
  _id: string;
  holder: string;
  until: Date;
  since: Date;
  pid: number;
}

/** The feed stayed busy for longer than a caller is asked to wait: answer "busy, retry later". */
export class LeaseBusyError extends Error {
  constructor(
    readonly feed: string,
    readonly waitedSeconds: number,
  ) {
    super(`nguồn dữ liệu "${feed}" đang được nạp bởi một yêu cầu khác; đã chờ ${waitedSeconds} giây, hãy gửi lại sau`);
  }
}

export interface Lease {
  /** False once a renewal found the lease taken over (the holder stalled past `until`). */
  held(): boolean;
  release(): Promise<void>;
}

/**
 * Waits until this process holds the feed's lease, at most `HUB_INGEST_LEASE_WAIT_S` seconds
 * (default 120), then throws LeaseBusyError. The lease lasts `HUB_INGEST_LEASE_TTL_S` seconds
 * (default 30) past its last renewal; it is renewed every third of that.
 */
export async function acquireLease(conn: Connection, feed: string): Promise<Lease> {
  const leases = conn.db!.collection<LeaseDoc>('leases');
  const ttl = positiveSetting('HUB_INGEST_LEASE_TTL_S', 30) * 1000;
  const wait = positiveSetting('HUB_INGEST_LEASE_WAIT_S', 120) * 1000;
  const holder = randomUUID();
  const started = Date.now();
  let pause = 50;
  for (;;) {
    const now = new Date();
    try {
      await leases.insertOne({ _id: feed, holder, since: now, until: new Date(now.getTime() + ttl), pid: process.pid });
      break;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    const current = await leases.findOne({ _id: feed });
    if (current && current.until < now) {
      await leases.deleteOne({ _id: feed, holder: current.holder, until: current.until });
      continue;
    }
    if (Date.now() - started >= wait) throw new LeaseBusyError(feed, Math.round((Date.now() - started) / 1000));
    // Jitter spreads the waiters' retries so they do not all hit the database at once.
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 1000);
  }

  let lost = false;
  const renew = async () => {
    try {
      const r = await leases.updateOne({ _id: feed, holder }, { $set: { until: new Date(Date.now() + ttl) } });
      if (r.matchedCount === 0) lost = true;
    } catch (e) {
      // A failed renewal is retried at the next tick; the lease still has most of its time left.
      console.error(`[ingest] renewing the lease of ${feed} failed: ${(e as Error).message}`);
    }
  };
  const timer = setInterval(() => void renew(), ttl / 3);
  timer.unref();
  return {
    held: () => !lost,
    release: async () => {
      clearInterval(timer);
      await leases.deleteOne({ _id: feed, holder });
    },
  };
}
