/**
 * The data stamp as a request reads it: once, at its start, for the answer cache
 * (http/answer-cache.ts) and every process cache its reads go through (cache.ts, kept.ts). Each
 * keeps what it read after the stamp under it, so one read serves them all exactly: whatever
 * finished writing before the stamp was read had renewed it (`renewStamp`, after its writes).
 * A stamp reads `<epoch>.<seq>`: a value never used before after every renewal.
 */
import type { Connection } from 'mongoose';
import { currentRequest } from '../observability/request-context';
import { assertLayout, changeId, changesOf, keptChanges, rollupCollection, stampId, stampValue, type RollupDoc } from './store';
import type { mongo } from 'mongoose';

// The driver's collection object is built by two lookups per call; a request reads it once.
const collections = new WeakMap<Connection, mongo.Collection<RollupDoc>>();

function collectionOf(conn: Connection): mongo.Collection<RollupDoc> {
  let col = collections.get(conn);
  if (!col) collections.set(conn, (col = rollupCollection(conn)));
  return col;
}

/**
 * The stamp as stored now (null before any write), read from the database; refused (thrown) when
 * the rollups are of an older layout, so that no reader decodes documents it does not understand.
 * One document by `_id`, whatever was written: what changed is read only by a process that finds
 * the stamp moved on (`changesBetween`), once per renewal. (Reading the next change records along
 * with it saved that round trip after a batch but cost every request: on the loaded size L hub,
 * 33 keys per stamp read took the database server's CPU per province query from 4.4 to 7.2 ms.)
 */
export function readStamp(conn: Connection): Promise<string | null> {
  return collectionOf(conn)
    .findOne({ _id: stampId })
    .then((d) => {
      assertLayout(conn, d);
      return d?.v ? stampValue(d.v, d.seq ?? 0) : null;
    });
}

/** The stamp of the request in progress (read at its first ask), or a fresh read outside a request. */
export function requestStamp(conn: Connection): Promise<string | null> {
  const ctx = currentRequest();
  if (!ctx) return readStamp(conn);
  if (ctx.stamp?.of !== conn) ctx.stamp = { of: conn, value: readStamp(conn) };
  return ctx.stamp.value;
}

const parse = (stamp: string) => {
  const dot = stamp.lastIndexOf('.');
  return { epoch: stamp.slice(0, dot), seq: Number(stamp.slice(dot + 1)) };
};

/** Collection → the `_id`s written between two stamps, null for any document of it. */
export type Changes = Map<string, Set<string> | null>;

/**
 * What was written from stamp `from` to stamp `to`, both read from `conn`: 'older' when `to` comes
 * before `from` (a request that read the stamp before another one did), the writes the renewals
 * between them recorded, or null when that cannot be told (another epoch, records missing or
 * pruned, a read that failed): then anything may have changed.
 */
export async function changesBetween(conn: Connection, from: string, to: string): Promise<Changes | 'older' | null> {
  const a = parse(from);
  const b = parse(to);
  if (a.epoch !== b.epoch) return null;
  if (b.seq <= a.seq) return 'older';
  if (b.seq - a.seq > keptChanges) return null;
  const ids = Array.from({ length: b.seq - a.seq }, (_, i) => changeId(a.seq + 1 + i));
  try {
    const records = await collectionOf(conn)
      .find({ _id: { $in: ids } })
      .toArray();
    // A record of another epoch (the stamp dropped and counted again) says nothing of this one.
    if (records.length !== ids.length || records.some((r) => r.e !== b.epoch)) return null;
    return changesOf(records.map((r) => r.w ?? {}));
  } catch {
    return null;
  }
}

/**
 * The stamp a process cache holds what it keeps under, moved forward one validation at a time:
 * `drop` is told what changed between the stamp held and a later one (null: anything may have, so
 * everything goes). A stamp older than the one held (a request that read it before another did)
 * changes nothing, and what that request reads is not kept (`holds` is false for it).
 */
export class StampHolder {
  private stamp: string | null = null;
  private turn: Promise<void> = Promise.resolve();

  constructor(private readonly drop: (changes: Changes | null) => void) {}

  /** Brings what is kept to `stamp`, read by the request before its reads. */
  validate(conn: Connection, stamp: string | null): Promise<void> {
    const run = this.turn.then(() => this.moveTo(conn, stamp));
    this.turn = run.catch(() => {});
    return run;
  }

  /** Whether what a request read under `stamp` may be kept. */
  holds(stamp: string | null): boolean {
    return stamp !== null && stamp === this.stamp;
  }

  /**
   * Moves across a renewal this process made (`from` → `to`, having written `changes`) without
   * reading its change record, in one turn: `prepare` before what changed is dropped, what it
   * returns after. False, and nothing done, when the stamp held is not `from` (a validation since,
   * or none yet): the next validation reads what changed.
   */
  advance(from: string, to: string, changes: Changes, prepare: () => () => void): Promise<boolean> {
    const run = this.turn.then(() => {
      if (this.stamp === null || this.stamp !== from) return false;
      const then = prepare();
      this.stamp = to;
      this.drop(changes);
      then();
      return true;
    });
    this.turn = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  private async moveTo(conn: Connection, stamp: string | null) {
    if (this.holds(stamp)) return;
    const changed = stamp !== null && this.stamp !== null ? await changesBetween(conn, this.stamp, stamp) : null;
    if (changed === 'older') return;
    this.stamp = stamp;
    this.drop(changed);
  }
}
