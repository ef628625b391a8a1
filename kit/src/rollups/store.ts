/**
 * The counters of a sector, in one collection `rollups` of its database, every document addressed
 * by `_id` (FerretDB v1 uses an index for nothing else):
 *   `<target>|<YYYY-MM>`       a unit's month: its totals `t.<counter>`, open items `i.<key>`
 *                              (each with its `day`), labels `n.<dimension>.<value>`
 *   `<target>|<YYYY-MM>|days`  the same month's counters by day: `d.<DD>.<counter>`
 *   `<target>|<bucket>`        a unit's bucket: totals `t.<counter>`, items `i.<key>`, labels
 * Every counter of a day goes both to its month's totals and to its day, so that a read of whole
 * months (the usual dashboard question) reads one small document per month (a province's
 * procedures: ~80 KB of totals and items, where its days weigh ~430 KB); the days are read only
 * for months a range holds in part and for DAY/WEEK series. The days stay one document per month,
 * not one per day, and the items stay with the totals, because each document a batch touches costs
 * the write path an update statement: a month of dossiers takes ~1.9 times the statements of the
 * single month document this replaced (measured: 2,706 against 1,378 for 4,945 dossiers), where a
 * document per day would multiply them by the days. Field names are escaped (`encodeName`).
 * Approximate attributions also count under `~<measure>`, so reads can say a figure is approximate.
 */
import { randomUUID } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';

// The driver mongoose itself uses, so that its collections type-check.
type Collection<T extends mongo.Document> = mongo.Collection<T>;
type AnyBulkWriteOperation<T extends mongo.Document> = mongo.AnyBulkWriteOperation<T>;
import { approximateName, encodeName } from './counters';
import { targetsOf } from './targets';
import type { Contribution, RollupSpec } from './spec';

export const rollupCollectionName = 'rollups';

export interface RollupDoc extends mongo.Document {
  _id: string;
  t?: Record<string, number>;
  d?: Record<string, Record<string, number>>;
  i?: Record<string, Record<string, unknown>>;
  n?: Record<string, Record<string, string>>;
  /** The stamp document's value. */
  v?: string;
}

export function rollupCollection(conn: Connection): Collection<RollupDoc> {
  return conn.getClient().db(conn.name).collection<RollupDoc>(rollupCollectionName);
}

export const monthDocId = (target: string, day: string) => `${target}|${day.slice(0, 7)}`;
export const daysDocId = (target: string, day: string) => `${target}|${day.slice(0, 7)}|days`;
export const bucketDocId = (target: string, bucket: string) => `${target}|${bucket}`;

/** Paths per update statement (see `Deltas.operations`). */
export const maxPathsPerUpdate = 500;

/** Pending changes to documents, summed over a batch. */
export class Deltas {
  readonly docs = new Map<string, { inc: Map<string, number>; set: Map<string, unknown>; unset: Set<string> }>();

  private doc(id: string) {
    let d = this.docs.get(id);
    if (!d) this.docs.set(id, (d = { inc: new Map(), set: new Map(), unset: new Set() }));
    return d;
  }

  /** Adds (sign 1) or takes out (sign −1) one record's contributions in every unit it counts in. */
  apply<R>(spec: RollupSpec<R>, record: R, sign: 1 | -1) {
    const ref = spec.unit(record);
    if (!ref) return;
    const contributions = spec.contributions(record);
    if (contributions.length === 0) return;
    for (const target of targetsOf(ref)) {
      for (const c of contributions) this.applyOne(target.key, target.approximate, c, sign);
    }
  }

  private applyOne(target: string, approximate: boolean, c: Contribution, sign: 1 | -1) {
    if (!c.day === !c.bucket) throw new Error('a rollup contribution names either a day or a bucket');
    const main = this.doc(c.day ? monthDocId(target, c.day) : bucketDocId(target, c.bucket!));
    const days = c.day ? this.doc(daysDocId(target, c.day)) : null;
    for (const [name, n] of Object.entries(c.counters ?? {})) {
      if (!n) continue;
      const names = approximate && !name.includes('|') ? [name, approximateName(name)] : [name];
      for (const x of names) {
        const field = encodeName(x);
        main.inc.set(`t.${field}`, (main.inc.get(`t.${field}`) ?? 0) + sign * n);
        if (days) {
          const path = `d.${c.day!.slice(8, 10)}.${field}`;
          days.inc.set(path, (days.inc.get(path) ?? 0) + sign * n);
        }
      }
    }
    for (const [key, value] of Object.entries(c.items ?? {})) {
      const path = `i.${encodeName(key)}`;
      if (sign < 0) {
        if (!main.set.has(path)) main.unset.add(path);
      } else {
        main.unset.delete(path);
        main.set.set(path, c.day ? { ...value, day: c.day } : value);
      }
    }
    if (sign > 0) {
      for (const [dim, names] of Object.entries(c.labels ?? {})) {
        for (const [value, name] of Object.entries(names)) main.set.set(`n.${encodeName(dim)}.${encodeName(value)}`, name);
      }
    }
  }

  /**
   * Upserts of every document touched, nothing for changes that cancel out. A document's paths go
   * in statements of at most `maxPathsPerUpdate`: FerretDB v1 checks an update's paths against
   * each other pairwise (`validateOperatorKeys`, quadratic), which made one statement of a
   * province-month's 12,000 counters cost seconds of its CPU; MongoDB takes either form alike.
   */
  operations(): AnyBulkWriteOperation<RollupDoc>[] {
    const ops: AnyBulkWriteOperation<RollupDoc>[] = [];
    for (const [id, d] of this.docs) {
      const paths: [op: '$inc' | '$set' | '$unset', path: string, value: unknown][] = [
        ...[...d.inc].filter(([, n]) => n !== 0).map(([p, n]): [op: '$inc', path: string, value: unknown] => ['$inc', p, n]),
        ...[...d.set].map(([p, v]): [op: '$set', path: string, value: unknown] => ['$set', p, v]),
        ...[...d.unset].map((p): [op: '$unset', path: string, value: unknown] => ['$unset', p, '']),
      ];
      for (let at = 0; at < paths.length; at += maxPathsPerUpdate) {
        const update: Record<string, Record<string, unknown>> = {};
        for (const [op, path, value] of paths.slice(at, at + maxPathsPerUpdate)) (update[op] ??= {})[path] = value;
        ops.push({ updateOne: { filter: { _id: id }, update, upsert: true } });
      }
    }
    return ops;
  }
}

/**
 * The document readers check before using what they keep (cache.ts): its `v` changes after every
 * write of rollups. Targets' documents all start with `O:` or `N:`, so it never collides with one.
 */
export const stampId = 'stamp';

export async function writeDeltas(conn: Connection, deltas: Deltas): Promise<void> {
  const ops = deltas.operations();
  if (!ops.length) return;
  const col = rollupCollection(conn);
  try {
    await col.bulkWrite(ops, { ordered: false });
  } finally {
    await renewStamp(conn);
  }
}

/**
 * Gives the stamp a value never used before. Every writer of rollups calls it after its counters,
 * even when some failed: whatever part was written must not hide behind the old stamp.
 */
export async function renewStamp(conn: Connection): Promise<void> {
  await rollupCollection(conn).updateOne({ _id: stampId }, { $set: { v: randomUUID() } }, { upsert: true });
}
