/**
 * The counters of a sector, in one collection `rollups` of its database, every document addressed
 * by `_id` (FerretDB v1 uses an index for nothing else):
 *   `<target>|<YYYY-MM>`        a unit's month: its totals `t.<counter>`, labels `n.<dimension>.<value>`
 *   `<target>|<YYYY-MM>|days`   the same month's counters by day: `d.<DD>.<counter>`
 *   `<target>|<YYYY-MM>|items`  the month's open items `i.<key>` (each with its `day`)
 *   `<target>|<bucket>`         a unit's bucket: totals `t.<counter>`, labels
 *   `<target>|<bucket>|items`   the bucket's items `i.<key>`
 * An item is stored as a JSON string (items.ts says why).
 * Every counter of a day goes both to its month's totals and to its day, so that a read of whole
 * months (the usual dashboard question) reads one small document per month; the days are read only
 * for months a range holds in part and for DAY/WEEK series. The days stay one document per month,
 * not one per day, because each document a batch touches costs the write path a statement (a
 * month of dossiers took ~1.9 times the statements of the single month document this replaced;
 * one per day would multiply them by the days). The items have a document of their own because
 * they outweigh the totals where a unit holds many (a province-month of procedures at size L:
 * 4,550 items, 1.34 MB, beside 116 KB of totals), and FerretDB v1 decodes and re-encodes a whole
 * document on every update and every read: counters written or read without items (most
 * statistics) then never touch item bytes, and only reads that ask for items read them.
 * Field names are escaped (`encodeName`). Approximate attributions also count under
 * `~<measure>`, so reads can say a figure is approximate.
 */
import { randomUUID } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';

// The driver mongoose itself uses, so that its collections type-check.
type Collection<T extends mongo.Document> = mongo.Collection<T>;
type AnyBulkWriteOperation<T extends mongo.Document> = mongo.AnyBulkWriteOperation<T>;
import { approximateName, encodeName, encodedName } from './counters';
import { targetsOf, type Target } from './targets';
import { encodeItem } from './items';
import { BoundedMemo } from '../memo';
import { takeWrites } from '../db/writes';
import { isDuplicateKey } from '../ingest/db-errors';
import type { Contribution, RollupSpec } from './spec';
import type { Changes } from './stamp';

export const rollupCollectionName = 'rollups';

export interface RollupDoc extends mongo.Document {
  _id: string;
  t?: Record<string, number>;
  d?: Record<string, Record<string, number>>;
  /** Items as JSON text (`encodeItem`). */
  i?: Record<string, string>;
  n?: Record<string, Record<string, string>>;
  /** The stamp document's epoch. */
  v?: string;
  /** The stamp document's count of renewals that left a change record (`renewStamp`). */
  seq?: number;
  /** A change record's writes (`renewStamp`), and the stamp's epoch when it was written. */
  w?: ChangeRecord;
  e?: string;
  /** The stamp document's `rollupLayout`, set when it was first written. */
  layout?: number;
}

export function rollupCollection(conn: Connection): Collection<RollupDoc> {
  return conn.getClient().db(conn.name).collection<RollupDoc>(rollupCollectionName);
}

export const monthDocId = (target: string, day: string) => `${target}|${day.slice(0, 7)}`;
export const daysDocId = (target: string, day: string) => `${target}|${day.slice(0, 7)}|days`;
export const bucketDocId = (target: string, bucket: string) => `${target}|${bucket}`;
/** The items of a month's or a bucket's document (`monthDocId` or `bucketDocId`). */
export const itemsDocId = (doc: string) => `${doc}|items`;

/** Paths per update statement (see `Deltas.operations`). */
export const maxPathsPerUpdate = 500;

const addTo = (inc: Map<string, number>, path: string, n: number) => inc.set(path, (inc.get(path) ?? 0) + n);

/** Where one counter name goes: `t.<field>`, and `d.<DD>.<field>` by day of the month (made on first use). */
interface NamePaths {
  total: string;
  days: string[];
  field: string;
}

/** A counter's paths, and those of its approximate twin (a total counter, no `|`, has one). */
interface CounterPaths {
  paths: NamePaths;
  approximate: NamePaths | null;
}

// Every record of a batch counts under the same few thousand names: their paths are spelled once,
// and the same strings then key every document's map. Bounded, forgotten all at once when full.
const known = new BoundedMemo<string, CounterPaths>(50_000);

function namePaths(name: string): NamePaths {
  const field = encodeName(name);
  return { total: `t.${field}`, days: [], field };
}

const counterPaths = (name: string): CounterPaths =>
  known.get(name, () => ({ paths: namePaths(name), approximate: name.includes('|') ? null : namePaths(approximateName(name)) }));

/** `d.<DD>.<field>` for the day `DD` of a month (1–31). */
function dayPath(p: NamePaths, dd: number, text: string): string {
  return (p.days[dd] ??= `d.${text}.${p.field}`);
}

/** Where a counter name goes in each of a month's documents, for the day `day` (YYYY-MM-DD) or for a bucket. */
function pathsOn(name: string, day: string | undefined) {
  const { paths, approximate } = counterPaths(name);
  const ddText = day ? day.slice(8, 10) : '';
  const dd = Number(ddText);
  return {
    total: paths.total,
    day: day ? dayPath(paths, dd, ddText) : null,
    approximate: approximate && { total: approximate.total, day: day ? dayPath(approximate, dd, ddText) : null },
  };
}

/** What the records of one unit (one set of targets) add on one day or to one bucket, summed. */
interface Group {
  targets: readonly Target[];
  day?: string;
  bucket?: string;
  counters: Map<string, number>;
  /** Item key → its value, or null where it is only taken out. */
  items: Map<string, Record<string, unknown> | null>;
  /** Dimension → value → display name. */
  labels: Map<string, Map<string, string>>;
}

type DocChanges = { inc: Map<string, number>; set: Map<string, unknown>; unset: Set<string> };

/**
 * Pending changes to documents, summed over a batch. Records are first summed per unit and day (or
 * bucket), and only those sums are spread over the unit's documents in both registers: a unit's
 * records of a day share every document, so the spreading (targets × counters, the most of the
 * work per record when done record by record: 65 µs of a dossier's ~200 µs of ingest) is done
 * once per unit-day instead of once per record.
 */
export class Deltas {
  private readonly spread = new Map<string, DocChanges>();
  private readonly groups = new Map<readonly Target[], Map<string, Group>>();

  /** The changes of every document touched so far. */
  get docs(): Map<string, DocChanges> {
    for (const byDay of this.groups.values()) for (const g of byDay.values()) this.spreadGroup(g);
    this.groups.clear();
    return this.spread;
  }

  private doc(id: string) {
    let d = this.spread.get(id);
    if (!d) this.spread.set(id, (d = { inc: new Map(), set: new Map(), unset: new Set() }));
    return d;
  }

  private group(targets: readonly Target[], c: Contribution): Group {
    let byDay = this.groups.get(targets);
    if (!byDay) this.groups.set(targets, (byDay = new Map()));
    // A day (YYYY-MM-DD) and a bucket's name never look alike: `d` and `b` keep them apart anyway.
    const key = c.day ? `d${c.day}` : `b${c.bucket}`;
    let g = byDay.get(key);
    if (!g) byDay.set(key, (g = { targets, day: c.day, bucket: c.bucket, counters: new Map(), items: new Map(), labels: new Map() }));
    return g;
  }

  /** Adds (sign 1) or takes out (sign −1) one record's contributions in every unit it counts in. */
  apply<R>(spec: RollupSpec<R>, record: R, sign: 1 | -1) {
    const ref = spec.unit(record);
    if (!ref) return;
    const contributions = spec.contributions(record);
    if (contributions.length === 0) return;
    const targets = targetsOf(ref);
    if (targets.length === 0) return;
    for (const c of contributions) {
      if (!c.day === !c.bucket) throw new Error('a rollup contribution names either a day or a bucket');
      const g = this.group(targets, c);
      for (const name in c.counters) {
        const n = c.counters[name];
        if (n) g.counters.set(name, (g.counters.get(name) ?? 0) + sign * n);
      }
      // An item is one object shared by every unit's document: nothing changes it after the batch is summed.
      for (const key in c.items) {
        if (sign > 0) g.items.set(key, c.day ? { ...c.items[key], day: c.day } : c.items[key]);
        else if (!g.items.has(key)) g.items.set(key, null);
      }
      if (sign > 0) {
        for (const dim in c.labels) {
          let names = g.labels.get(dim);
          if (!names) g.labels.set(dim, (names = new Map()));
          for (const value in c.labels[dim]) names.set(value, c.labels[dim][value]);
        }
      }
    }
  }

  /** A unit-day's sums, added to each of its documents (paths spelled once per group). */
  private spreadGroup(g: Group) {
    const counters = [...g.counters].map(([name, n]) => ({ ...pathsOn(name, g.day), n }));
    // Encoded once, then the same string in every unit's document.
    const items = [...g.items].map(([key, value]) => [`i.${encodeName(key)}`, value && encodeItem(value)] as const);
    const labels: [string, string][] = [];
    for (const [dim, names] of g.labels) for (const [value, name] of names) labels.push([`n.${encodedName(dim)}.${encodedName(value)}`, name]);
    for (const target of g.targets) {
      const mainId = g.day ? monthDocId(target.key, g.day) : bucketDocId(target.key, g.bucket!);
      const main = this.doc(mainId);
      const days = g.day ? this.doc(daysDocId(target.key, g.day)) : null;
      for (const p of counters) {
        addTo(main.inc, p.total, p.n);
        if (days) addTo(days.inc, p.day!, p.n);
        if (target.approximate && p.approximate) {
          addTo(main.inc, p.approximate.total, p.n);
          if (days) addTo(days.inc, p.approximate.day!, p.n);
        }
      }
      // Only a contribution with items touches the items' document.
      if (items.length) {
        const itemsDoc = this.doc(itemsDocId(mainId));
        for (const [path, value] of items) {
          if (value === null) {
            if (!itemsDoc.set.has(path)) itemsDoc.unset.add(path);
          } else {
            itemsDoc.unset.delete(path);
            itemsDoc.set.set(path, value);
          }
        }
      }
      for (const [path, name] of labels) main.set.set(path, name);
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
 * The document readers check before using what they keep (cache.ts): its `v` (an epoch) and `seq`
 * change after every write of rollups. Targets' documents all start with `O:` or `N:`, so neither
 * it nor the change records below ever collide with one.
 */
export const stampId = 'stamp';

/**
 * A renewal leaves a change record `change|<seq>` beside the stamp: what the process wrote since
 * its previous renewal (db/writes.ts), by collection, so that a process keeping decoded documents
 * drops only those (a batch of dossiers touches a few months of a few units; the rest of a
 * province-year stays decoded). The newest `keptChanges` records are kept: a reader further behind
 * starts over.
 */
export const changeId = (seq: number) => `change|${seq}`;
export const isChangeRecord = (id: string) => id.startsWith('change|');
export const keptChanges = 64;

/** Whether a document of the collection is the stamp or a change record, not rollups. */
export const isBookkeeping = (id: string) => id === stampId || isChangeRecord(id);

/**
 * The layout of the documents above, kept on the stamp when the stamp is first written (in an
 * empty collection, or one a rebuild has just emptied), so that a collection an older version
 * wrote is refused by the readers and the ingest writer instead of being mixed with the new
 * layout; `npm run rollups:rebuild` rewrites it (`npm start` does so itself for its demo data).
 * Raise it with every change of what the documents hold. 2: items apart from the totals. 3: each
 * item a JSON string.
 */
export const rollupLayout = 3;

/** Throws unless the stamp read (null: an empty collection) is of the current layout. */
export function assertLayout(conn: Connection, stamp: RollupDoc | null): void {
  if (stamp && stamp.layout !== rollupLayout) {
    throw new Error(`số liệu tổng hợp (rollups) của cơ sở dữ liệu ${conn.name} theo cấu trúc cũ; chạy npm run rollups:rebuild để tính lại`);
  }
}

/** Whether the collection holds rollups of an older layout (a rebuild is needed). */
export async function rollupLayoutOutdated(conn: Connection): Promise<boolean> {
  const stamp = await rollupCollection(conn).findOne({ _id: stampId });
  return !!stamp && stamp.layout !== rollupLayout;
}

/**
 * Brings rollups of an older layout to this one without their raw records, for a sector whose
 * rollups `rebuildRollups` cannot recount (kept by a hook inside another feed's, like vessels'
 * activity): the items of layout 1 (inside the totals' documents) move to their own document, and
 * items stored as objects (layouts 1 and 2) become JSON strings. Run it while the sector is not
 * ingesting.
 * @returns the documents whose items changed
 */
export async function upgradeLayout(conn: Connection): Promise<number> {
  const col = rollupCollection(conn);
  const encoded = (items: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(items).map(([k, v]) => [k, typeof v === 'string' ? v : encodeItem(v as Record<string, unknown>)]));
  let changed = 0;
  const ops: AnyBulkWriteOperation<RollupDoc>[] = [];
  for await (const doc of col.find({}, { projection: { i: 1 } })) {
    if (isBookkeeping(doc._id) || !doc.i) continue;
    if (doc._id.endsWith('|items')) {
      if (Object.values(doc.i).every((v) => typeof v === 'string')) continue;
      ops.push({ updateOne: { filter: { _id: doc._id }, update: { $set: { i: encoded(doc.i) } } } });
    } else {
      ops.push({ replaceOne: { filter: { _id: itemsDocId(doc._id) }, replacement: { _id: itemsDocId(doc._id), i: encoded(doc.i) }, upsert: true } });
      ops.push({ updateOne: { filter: { _id: doc._id }, update: { $unset: { i: '' } } } });
    }
    changed++;
  }
  if (ops.length) await col.bulkWrite(ops, { ordered: true });
  await col.updateOne({ _id: stampId }, { $set: { v: randomUUID(), layout: rollupLayout } });
  return changed;
}

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

/** A change record's `w`: collection → the `_id`s written, null for any document. */
export type ChangeRecord = Record<string, string[] | null>;

/** What change records name together, by collection (null for any document: it wins over `_id`s). */
export function changesOf(records: ChangeRecord[]): Changes {
  const changes: Changes = new Map();
  for (const record of records) {
    for (const [collection, written] of Object.entries(record)) {
      const had = changes.get(collection);
      if (had === null) continue;
      if (written === null) changes.set(collection, null);
      else changes.set(collection, new Set([...(had ?? []), ...written]));
    }
  }
  return changes;
}

/**
 * Gives the stamp a value never used before. Every writer calls it after its writes (of rollups,
 * raw records, anything readers keep), even when some failed: whatever part was written must not
 * hide behind the old stamp. It names what this process wrote since its last renewal (a new `seq`
 * and its change record), so readers drop only that; when that cannot be told (writes not
 * followed, a whole database, a collection name a record cannot hold, the record not written), a
 * new epoch: readers drop everything. `everything`: a new epoch whatever this process wrote, for
 * data changed behind its back (another client, a script, a hand-made fix). The layout is set
 * only with a new stamp: an older version's stamp keeps saying it is older.
 */
export async function renewStamp(conn: Connection, opts: { everything?: boolean } = {}): Promise<Renewal | null> {
  const col = rollupCollection(conn);
  const newEpoch = () => col.updateOne({ _id: stampId }, { $set: { v: randomUUID() }, $setOnInsert: { layout: rollupLayout } }, { upsert: true });
  const written = takeWrites(conn);
  if (opts.everything || !written || written.has('*') || [...written.keys()].some((c) => c.includes('.') || c.startsWith('$'))) {
    await newEpoch();
    return null;
  }
  const record: ChangeRecord = {};
  for (const [collection, ids] of written) {
    // The stamp and the change records themselves are no one's data.
    record[collection] = ids && [...ids].filter((id) => collection !== rollupCollectionName || !isBookkeeping(id));
  }
  const stamp = await col.findOneAndUpdate(
    { _id: stampId },
    { $inc: { seq: 1 }, $setOnInsert: { v: randomUUID(), layout: rollupLayout } },
    { upsert: true, returnDocument: 'after' },
  );
  const seq = stamp?.seq ?? 0;
  try {
    await col.bulkWrite(
      [
        { insertOne: { document: { _id: changeId(seq), e: stamp?.v, w: record } } },
        ...(seq > keptChanges ? [{ deleteOne: { filter: { _id: changeId(seq - keptChanges) } } }] : []),
      ],
      { ordered: true },
    );
  } catch (e) {
    // The record could not be written (a duplicate seq: FerretDB v1 may apply a concurrent `$inc`
    // as a read then a write; a collection emptied under it): readers must then drop everything.
    await newEpoch();
    if (!isDuplicateKey(e)) throw e;
    return null;
  }
  if (!stamp?.v || seq < 1) return null;
  return { from: stampValue(stamp.v, seq - 1), to: stampValue(stamp.v, seq), changes: changesOf([record]) };
}

/** The stamp as readers compare it (stamp.ts `readStamp`): `<epoch>.<seq>`. */
export const stampValue = (epoch: string, seq: number) => `${epoch}.${seq}`;

/**
 * A renewal of the stamp from one value to the next of the same epoch, and the writes its change
 * record names (collection → `_id`s, null for any): a process cache of this process may move
 * across it without reading the record (cache.ts `wrote`).
 */
export interface Renewal {
  from: string;
  to: string;
  changes: Changes;
}
