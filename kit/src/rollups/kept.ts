/**
 * Documents and small query answers a subgraph reads on every dashboard request (a register in the
 * caller's scope, the newest states, zones, stations, kept indices), kept decoded by the process
 * under the rollups' stamp, so that a dashboard asked again reads one small document. Exact for the
 * reason the rollup cache is (cache.ts): every ingest batch that writes renews the stamp after its
 * writes and hooks (kit ingest `runIngest`), and so does every other writer of derived documents
 * (`renewStamp`); a request reads the stamp once, then only what the process does not keep under it.
 * A renewal records what it wrote, so a batch of positions drops the vessels' newest states it
 * changed and the answers that read them, not the register or the zones.
 */
import type { Connection, Model } from 'mongoose';
import { KeptValues } from './cache';
import { maxKeysPerRead } from './read';
import { requestStamp, StampHolder } from './stamp';

/**
 * Most entries a process keeps (a query's answer counts its rows, a document the entries of its
 * keyed maps: a track hour its points, an AQI day its hours): a day of a 1,500-vessel fleet's track
 * hours at 5-minute reporting is ~430,000 points, of which a dashboard asking one instant reads one
 * hour; beyond, the least recently read are dropped.
 */
export const maxKeptEntries = 300_000;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

const sizeOf = (v: unknown): number => {
  if (Array.isArray(v)) return 1 + v.length;
  if (!isMap(v)) return 1;
  return 1 + Object.values(v).reduce<number>((n, f) => n + (isMap(f) ? Object.keys(f).length : 0), 0);
};

class Kept {
  /** By key (`<collection>|<_id>` for a document, `?<key>` for a query); null for a document that does not exist. */
  private readonly entries = new KeptValues<unknown>(sizeOf, maxKeptEntries);
  /** The collections each kept query read (null: not said, so any write drops it). */
  private readonly readsOf = new Map<string, string[] | null>();
  /**
   * As the rollup cache's (cache.ts): a later stamp of the same epoch drops the documents the
   * renewals between recorded and the queries over their collections; anything else starts over.
   */
  private readonly holder = new StampHolder((changed) => {
    if (changed === null) {
      this.entries.clear();
      this.readsOf.clear();
      return;
    }
    for (const [collection, ids] of changed) {
      if (ids) for (const id of ids) this.entries.delete(`${collection}|${id}`);
      else for (const key of [...this.entries.keys()]) if (key.startsWith(`${collection}|`)) this.entries.delete(key);
    }
    for (const [key, reads] of this.readsOf) {
      // Also forgets the queries the bound has dropped meanwhile.
      if (!this.entries.has(key) || reads === null || reads.some((c) => changed.has(c))) {
        this.entries.delete(key);
        this.readsOf.delete(key);
      }
    }
  });

  validate(conn: Connection, stamp: string | null): Promise<void> {
    return this.holder.validate(conn, stamp);
  }

  has = (key: string) => this.entries.has(key);

  get = (key: string): unknown => this.entries.get(key);

  /**
   * Kept only under the stamp the reading request validated: a request that read before an ingest
   * and finishes after another request saw the new stamp must not leave the old data under it.
   */
  put(key: string, value: unknown, stamp: string | null, reads?: string[] | null) {
    if (!this.holder.holds(stamp)) return;
    this.entries.put(key, value);
    if (reads !== undefined) this.readsOf.set(key, reads);
  }
}

const kept = new WeakMap<Connection, Kept>();

/** One request's reads through the process's kept documents; the stamp is read once per request. */
export function keptReads(conn: Connection) {
  let store = kept.get(conn);
  if (!store) kept.set(conn, (store = new Kept()));
  const s = store;
  let checked: Promise<void> | undefined;
  let stamp: string | null = null;
  const check = () =>
    (checked ??= requestStamp(conn).then((d) => {
      stamp = d;
      return s.validate(conn, stamp);
    }));
  return {
    /** Documents of a collection by `_id` (absent ones left out), those not kept read in one `$in`. */
    async byId<T extends { _id: string }>(model: Model<T>, ids: string[]): Promise<Map<string, T>> {
      await check();
      const out = new Map<string, T>();
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        const key = `${model.collection.name}|${id}`;
        if (!s.has(key)) missing.push(id);
        else {
          const doc = s.get(key) as T | null;
          if (doc) out.set(id, doc);
        }
      }
      const reads: Promise<T[]>[] = [];
      for (let i = 0; i < missing.length; i += maxKeysPerRead)
        reads.push(
          model
            .find({ _id: { $in: missing.slice(i, i + maxKeysPerRead) } })
            .lean<T[]>()
            .exec(),
        );
      const found = new Map((await Promise.all(reads)).flat().map((d) => [d._id, d]));
      for (const id of missing) {
        const doc = found.get(id) ?? null;
        s.put(`${model.collection.name}|${id}`, doc, stamp);
        if (doc) out.set(id, doc);
      }
      return out;
    },
    /**
     * A query's answer (the register in a scope, the zones), kept by `key`. `reads`: the models
     * whose collections it reads, so that a write to others leaves it kept; without them, any
     * write drops it.
     */
    async query<T>(key: string, read: () => Promise<T>, reads?: Model<any>[]): Promise<T> {
      await check();
      const k = `?${key}`;
      if (s.has(k)) return s.get(k) as T;
      const value = await read();
      s.put(k, value, stamp, reads ? reads.map((m) => m.collection.name) : null);
      return value;
    },
  };
}

export type KeptReads = ReturnType<typeof keptReads>;
