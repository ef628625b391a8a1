/**
 * A process's decoded rollup documents and the sums read.ts made of them, kept while nothing is
 * written, so that a dashboard asked again reads one small document (the stamp), decodes nothing
 * and sums nothing; what sectors derive from a kept sum goes with it (derived.ts).
 *
 * Why it is exact, with any number of replicas writing and reading one database: every write of
 * rollups (`writeDeltas`, `replaceDeltas`) sets the stamp document to a value never used before,
 * after its counters are written. A reader reads the stamp first, then the documents it lacks, and
 * keeps them under that stamp. Reading the same stamp again later means no write has finished
 * since the kept documents were read: whatever finished before had set the stamp before they were
 * read, so they hold it. A write still running may be seen or not, as without the cache. No stamp
 * (an empty collection, or a rebuild that has just emptied it) keeps nothing. A stamp is an epoch
 * (random, so that a collection dropped and written again never repeats a stamp a process holds)
 * and a count of renewals since, each recording what its process wrote (store.ts `renewStamp`): a
 * reader that finds the count moved on reads those change records (stamp.ts) and drops just the
 * documents they name, by the same argument per document (a renewal records a write once it has
 * ended, before it moves the count on).
 * A sum is exact under the same stamp as the documents it was made of.
 */
import type { Connection } from 'mongoose';
import { decodeName, type Tally } from './counters';
import { renewStamp, rollupCollectionName, type Renewal, type RollupDoc } from './store';
import { StampHolder } from './stamp';
import { decodeItem } from './items';

/** What reads add from one document, names decoded. */
export interface Decoded {
  totals: [name: string, n: number][];
  /** Day (YYYY-MM-DD) → its counters, for a month's `days` document. */
  days: [day: string, counters: [name: string, n: number][]][];
  labels: [dimension: string, value: string, name: string][];
  items: [key: string, value: Record<string, unknown>][];
}

const decodeCounters = (c: Record<string, number>): [string, number][] => Object.entries(c).map(([k, n]) => [decodeName(k), n]);

export function decode(doc: RollupDoc): Decoded {
  const month = doc._id.split('|').at(-2);
  return {
    totals: decodeCounters(doc.t ?? {}),
    days: Object.entries(doc.d ?? {}).map(([dd, c]) => [`${month}-${dd}`, decodeCounters(c)]),
    labels: Object.entries(doc.n ?? {}).flatMap(([dim, values]) =>
      Object.entries(values).map(([v, name]): [string, string, string] => [decodeName(dim), decodeName(v), name]),
    ),
    items: Object.entries(doc.i ?? {}).map(([k, v]) => [decodeName(k), decodeItem(v)]),
  };
}

const sizeOf = (d: Decoded | null) => (d ? 1 + d.totals.length + d.labels.length + d.items.length + d.days.reduce((s, [, c]) => s + c.length, 0) : 1);
const sizeOfSums = (ts: Tally[]) => ts.reduce((s, t) => s + 1 + t.counters.size + t.items.size, 1);

/**
 * Most entries (counters, labels, items; an absent document counts one) a process keeps per
 * database: a province-year of every sector's months, their items and its communes' months fit
 * (a few tens of MB); beyond, the least recently read are dropped. The documents and the sums
 * made of them are bounded apart, each by this.
 */
export const maxCachedEntries = 300_000;

/** Values by key, least recently read first, dropped beyond `max` (default `maxCachedEntries`) of their sizes. */
export class KeptValues<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private size = 0;

  constructor(
    private readonly sizeOfValue: (v: V) => number,
    private readonly max = maxCachedEntries,
  ) {}

  clear() {
    this.map.clear();
    this.size = 0;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  delete(key: string) {
    const e = this.map.get(key);
    if (!e) return;
    this.map.delete(key);
    this.size -= e.size;
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  put(key: string, value: V) {
    const size = this.sizeOfValue(value);
    const old = this.map.get(key);
    if (old) this.size -= old.size;
    this.map.delete(key);
    this.map.set(key, { value, size });
    this.size += size;
    for (const [k, e] of this.map) {
      if (this.size <= this.max) break;
      this.map.delete(k);
      this.size -= e.size;
    }
  }
}

export class RollupCache {
  /** Decoded documents by `_id`; null for a document that does not exist. */
  private readonly docs = new KeptValues<Decoded | null>(sizeOf);
  /** The Tallies one ask summed (read.ts), by the ask and the documents it covers. */
  private readonly sums = new KeptValues<Tally[]>(sizeOfSums);
  /**
   * A later stamp of the same epoch drops the rollup documents the renewals between recorded and
   * every sum; anything else starts over (stamp.ts).
   */
  private readonly holder = new StampHolder((changed) => {
    this.sums.clear();
    const ids = changed?.get(rollupCollectionName);
    if (changed === null || ids === null) this.docs.clear();
    else for (const id of ids ?? []) this.docs.delete(id);
  });

  /** Brings what is kept to `stamp` (read by the request, before its reads). */
  validate(conn: Connection, stamp: string | null): Promise<void> {
    return this.holder.validate(conn, stamp);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  get(id: string): Decoded | null {
    return this.docs.get(id) ?? null;
  }

  /** Keeps a document read under `stamp`, unless another stamp has been validated since. */
  put(id: string, doc: Decoded | null, stamp: string | null) {
    if (this.holder.holds(stamp)) this.docs.put(id, doc);
  }

  /**
   * What this process has just written (`docs`, whole, as stored after its write; none for writes of
   * raw records) and the renewal that followed: the documents it keeps among them are replaced by
   * what was written, others the renewal names dropped, so that the
   * next read after an ingest batch finds them here instead of reading them back (a province-month's
   * open dossiers at size L, 2.6 MB, took FerretDB about a second to return). Exact by the argument
   * above: the renewal moved the stamp by one, so no other write finished between the one held and
   * this one, and these are the documents as that write left them. When the stamp held is another
   * (a read validated since), nothing is kept and readers go the usual way.
   */
  async wrote(renewal: Renewal, docs: Map<string, RollupDoc>): Promise<void> {
    await this.holder.advance(renewal.from, renewal.to, renewal.changes, () => {
      // Only documents readers asked for: an ingest batch touches many nobody reads, which would push those out.
      const kept = [...docs.keys()].filter((id) => this.docs.has(id));
      return () => {
        for (const id of kept) this.docs.put(id, decode(docs.get(id)!));
      };
    });
  }

  sum(key: string): Tally[] | undefined {
    return this.sums.get(key);
  }

  putSum(key: string, tallies: Tally[], stamp: string | null) {
    if (this.holder.holds(stamp)) this.sums.put(key, tallies);
  }
}

const caches = new WeakMap<Connection, RollupCache>();

/** The cache of a connection's database (each subgraph process has its own). */
export function rollupCache(conn: Connection): RollupCache {
  let c = caches.get(conn);
  if (!c) caches.set(conn, (c = new RollupCache()));
  return c;
}

/**
 * `renewStamp`, with this process's rollup cache moved across the renewal (`RollupCache.wrote`):
 * what an ingest run writes (its raw batches, then the rollups of its hand-over) keeps the cache on
 * the stamp its own writes renewed, so the rollups it wrote are taken as written.
 */
export async function renewStampFollowed(conn: Connection, written: Map<string, RollupDoc> = new Map()): Promise<void> {
  const renewal = await renewStamp(conn);
  if (renewal) await rollupCache(conn).wrote(renewal, written);
}
