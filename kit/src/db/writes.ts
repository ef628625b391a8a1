/**
 * What a process has written to a database since it last said so: by collection, the `_id`s of the
 * documents its write commands named, or null for "any document" (a filter not on `_id`, a drop).
 * Read from the driver's command monitoring, so every writer of the process is seen, whatever code
 * path it took; a write counts once it has ended (succeeded or failed), because a reader that read
 * while it was running may hold either version.
 *
 * The data stamp's renewal takes these (rollups/store.ts `renewStamp`) into a change record, so a
 * process that keeps documents decoded drops just those (rollups/cache.ts, rollups/kept.ts).
 */
import type { Connection, mongo } from 'mongoose';

/** Collection → the `_id`s written, or null when any document may have been. `*`: the whole database. */
export type Written = Map<string, Set<string> | null>;

/**
 * Most `_id`s kept per collection between two renewals; beyond, the collection counts as written
 * whole (a change record stays small; a reader then drops what it keeps of that collection).
 */
export const maxWrittenIds = 5000;

type Filter = Record<string, unknown> | undefined;
type Named = { collection: string; ids: unknown[] | null };

const isPlainId = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' || (typeof v === 'object' && v !== null && (v as { _bsontype?: string })._bsontype === 'ObjectId');

/** The `_id`s a filter limits a statement to, or null when it names no `_id` it is limited to. */
function idsOf(q: Filter): unknown[] | null {
  const id = q?._id;
  if (isPlainId(id)) return [id];
  const among = (id as { $in?: unknown[] } | undefined)?.$in;
  return Array.isArray(among) && among.every(isPlainId) ? among : null;
}

const all = (lists: (unknown[] | null)[]): unknown[] | null => (lists.some((l) => l === null) ? null : (lists.flat() as unknown[]));

/** The collection and documents a write command names; undefined for a command that writes nothing. */
function named(command: Record<string, unknown>, name: string): Named | undefined {
  const collection = String(command[name]);
  switch (name) {
    case 'insert': {
      const docs = (command.documents as { _id?: unknown }[] | undefined) ?? [];
      // The driver gives every document its `_id` before it sends it; one without counts as any.
      return { collection, ids: docs.every((d) => isPlainId(d._id)) ? docs.map((d) => d._id) : null };
    }
    case 'update':
      return { collection, ids: all(((command.updates as { q?: Filter }[] | undefined) ?? []).map((u) => idsOf(u.q))) };
    case 'delete':
      return { collection, ids: all(((command.deletes as { q?: Filter }[] | undefined) ?? []).map((d) => idsOf(d.q))) };
    case 'findAndModify':
      return { collection, ids: idsOf(command.query as Filter) };
    case 'drop':
      return { collection, ids: null };
    case 'dropDatabase':
      return { collection: '*', ids: null };
    case 'aggregate':
      // Only a pipeline that writes ($out, $merge) changes data: its target is not followed here.
      return JSON.stringify(command.pipeline ?? []).match(/"\$(out|merge)"/) ? { collection: '*', ids: null } : undefined;
    default:
      return undefined;
  }
}

class Tracker {
  private readonly running = new Map<number, { db: string } & Named>();
  private readonly done = new Map<string, Written>();

  constructor(client: mongo.MongoClient) {
    client.on('commandStarted', (e) => {
      const n = named(e.command as Record<string, unknown>, e.commandName);
      if (n) this.running.set(e.requestId, { db: e.databaseName, ...n });
    });
    const end = (e: { requestId: number }) => {
      const n = this.running.get(e.requestId);
      if (!n) return;
      this.running.delete(e.requestId);
      let w = this.done.get(n.db);
      if (!w) this.done.set(n.db, (w = new Map()));
      const ids = w.get(n.collection);
      if (ids === null) return;
      if (n.ids === null || (ids?.size ?? 0) + n.ids.length > maxWrittenIds) {
        w.set(n.collection, null);
        return;
      }
      const set = ids ?? new Set<string>();
      for (const id of n.ids) set.add(String(id));
      w.set(n.collection, set);
    };
    client.on('commandSucceeded', end);
    client.on('commandFailed', end);
  }

  take(db: string): Written {
    const w = this.done.get(db) ?? new Map();
    this.done.delete(db);
    return w;
  }
}

const trackers = new WeakMap<mongo.MongoClient, Tracker>();

/** Starts following a connection's writes (its client must monitor commands, as connectDatabase's do). */
export function trackWrites(conn: Connection): void {
  const client = conn.getClient();
  if (!trackers.has(client)) trackers.set(client, new Tracker(client));
}

/**
 * What the process has written to the connection's database through its client since the last
 * take, and forgets it; null when its writes are not followed (then anything may have changed).
 */
export function takeWrites(conn: Connection): Written | null {
  return trackers.get(conn.getClient())?.take(conn.name) ?? null;
}
