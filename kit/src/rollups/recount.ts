/**
 * The rollups recomputed from raw records, for tests (compare with what ingest kept) and for
 * `npm run rollups:rebuild` (replace what is stored).
 */
import type { Connection, Model } from 'mongoose';
import type { Feed } from '../ingest/feed';
import { Deltas, isBookkeeping, rollupCollection, type RollupDoc } from './store';
import { replaceDeltas } from './replace';
import { defaultChangesPerHook } from '../ingest/run';
import type { RollupSpec } from './spec';
import { Tally } from './counters';

/** A rollup document flattened to path → value, zero counters left out (they mean "nothing"). */
export type FlatRollups = Record<string, Record<string, unknown>>;

function flatten(value: unknown, path: string, out: Record<string, unknown>) {
  // An item is one value (its fields are the record's); everything else is flattened to its leaves.
  if (path.startsWith('i.') || typeof value !== 'object' || value === null || value instanceof Date) {
    if (value !== 0) out[path] = value;
    return;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
}

function flatDoc(doc: Omit<RollupDoc, '_id'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (k !== '_id') flatten(v, k, out);
  return out;
}

const sorted = (docs: FlatRollups): FlatRollups =>
  Object.fromEntries(
    Object.entries(docs)
      .filter(([, d]) => Object.keys(d).length > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * What a read would tally from `records` if they all fell in the unit and period asked: every
 * contribution's counters summed, its items and labels kept. Lets a sector's figures be tested
 * without a database.
 */
export function tallyOf<R>(spec: RollupSpec<R>, records: Iterable<R>): Tally {
  const tally = new Tally();
  for (const r of records) {
    for (const c of spec.contributions(r)) {
      for (const [k, v] of Object.entries(c.counters ?? {})) tally.add(k, v);
      for (const [k, v] of Object.entries(c.items ?? {})) tally.items.set(k, v);
      for (const [dim, values] of Object.entries(c.labels ?? {})) for (const [v, name] of Object.entries(values)) tally.setLabel(dim, v, name);
    }
  }
  return tally;
}

/** What the rollups of `records` are, document by document. */
export function recount<R>(spec: RollupSpec<R>, records: Iterable<R>): FlatRollups {
  const deltas = new Deltas();
  for (const r of records) deltas.apply(spec, r, 1);
  const out: FlatRollups = {};
  for (const [id, d] of deltas.docs) {
    const flat: Record<string, unknown> = {};
    for (const [p, n] of d.inc) if (n !== 0) flat[p] = n;
    for (const [p, v] of d.set) flat[p] = v;
    out[id] = flat;
  }
  return sorted(out);
}

/** What is stored, in the same shape as `recount` (the stamp left out). */
export async function storedRollups(conn: Connection): Promise<FlatRollups> {
  const docs = (await rollupCollection(conn).find({}).toArray()).filter((d) => !isBookkeeping(d._id));
  return sorted(Object.fromEntries(docs.map((d) => [d._id, flatDoc(d)])));
}

/**
 * The records a feed's rollups count, when they are not its raw records: a sector whose unit of
 * account joins several feeds (education's school years) gives them as `rollupRecords` on the hook.
 */
type RecordSource = { rollupRecords?: () => AsyncIterable<unknown> };

/** The spec a feed's `onAccepted` keeps, when it was made by `rollupFeed` (or carries one likewise). */
export function rollupSpecOf(feed: Feed<any>): RollupSpec<any> | undefined {
  return (feed.onAccepted as { rollupSpec?: RollupSpec<any> } | undefined)?.rollupSpec;
}

/**
 * Replaces a sector's rollups with a recount from the raw records of its feeds: the raw
 * collections are streamed (one batch in memory) and each batch's sums written as the ingest
 * writes them (`replaceDeltas`: each document touched read once and replaced whole). Run it while
 * no feed of the sector is being ingested: it is then the only writer `replaceDeltas` needs.
 * Batches of `defaultChangesPerHook` records, like the ingest's hand-overs: each batch rewrites the
 * documents it touches (a province-month's, its districts' and communes'), so the fewer batches
 * the fewer rewrites. Measured (procedures at size S, 36,336 dossiers): `$inc` upserts
 * (`writeDeltas`) of 2,000 records at a time, 93 s; this, 23 s, and 15–17 s with the drop below.
 * At size L (306,900 dossiers) the `$inc` rebuild had not ended after 20 minutes; this takes 106 s.
 * @returns records read per feed
 */
export async function rebuildRollups(conn: Connection, feeds: Feed<any>[], batch = defaultChangesPerHook): Promise<Record<string, number>> {
  // Dropped, not emptied: FerretDB v1 decodes every stored document to match an empty filter (most
  // of a rebuild's time at size S went to emptying the collection); a rebuild starts from none.
  // NamespaceNotFound (26): there was none yet.
  await rollupCollection(conn)
    .drop()
    .catch((e: { code?: number }) => {
      if (e.code !== 26) throw e;
    });
  const read: Record<string, number> = {};
  for (const feed of feeds) {
    const spec = rollupSpecOf(feed);
    if (!spec) continue;
    read[feed.name] = 0;
    let deltas = new Deltas();
    let n = 0;
    const source = (feed.onAccepted as RecordSource | undefined)?.rollupRecords?.() ?? (feed.model as Model<any>).find({}).lean().cursor({ batchSize: batch });
    for await (const r of source) {
      deltas.apply(spec, r, 1);
      read[feed.name]++;
      if (++n >= batch) {
        await replaceDeltas(conn, deltas);
        deltas = new Deltas();
        n = 0;
      }
    }
    await replaceDeltas(conn, deltas);
  }
  return read;
}
