/**
 * Lists of reports by unit and Vietnam day, as documents addressed by `_id` (`N:48|2025-03-04`):
 * the reports received there that day (`received`, the officers' list) and the reports resolved
 * there that day (`resolved`, the public list). A unit is every unit of both registers a report
 * counts in (the kit's `targetsOf`) and `*`, the whole country. A list read walks the days back from
 * the end of its range, a month of days per query, and stops once it holds enough: its cost grows
 * with the units and days asked, never with how many reports the hub holds.
 */
import { encodeName, decodeName, targetsOf, addDays, type UnitRef } from '@ioc/kit';
import type { Connection, mongo } from 'mongoose';

export const wholeCountry = '*';
/** Days read per query of a walk. */
const chunkDays = 31;

export interface Entry {
  t: number;
  s?: string;
}
interface DayDoc {
  _id: string;
  r?: Record<string, Entry>;
}

export type IndexName = 'received' | 'resolved';

const collection = (conn: Connection, name: IndexName) => conn.db!.collection<DayDoc>(`${name}_by_day`);

export function keysOf(unit: UnitRef): string[] {
  return [...targetsOf(unit).map((t) => t.key), wholeCountry];
}

/** Pending changes to one index, merged per document into one bulk write. */
export class DayIndexWrites {
  private docs = new Map<string, { set: Record<string, Entry>; unset: Record<string, ''> }>();

  private doc(id: string) {
    let d = this.docs.get(id);
    if (!d) this.docs.set(id, (d = { set: {}, unset: {} }));
    return d;
  }

  put(unit: UnitRef, day: string, id: string, entry: Entry) {
    for (const key of keysOf(unit)) {
      const d = this.doc(`${key}|${day}`);
      const f = `r.${encodeName(id)}`;
      delete d.unset[f];
      d.set[f] = entry;
    }
  }

  remove(unit: UnitRef, day: string, id: string) {
    for (const key of keysOf(unit)) {
      const d = this.doc(`${key}|${day}`);
      const f = `r.${encodeName(id)}`;
      if (!(f in d.set)) d.unset[f] = '';
    }
  }

  async write(conn: Connection, name: IndexName): Promise<void> {
    const ops: mongo.AnyBulkWriteOperation<DayDoc>[] = [];
    for (const [id, d] of this.docs) {
      const update: Record<string, unknown> = {};
      if (Object.keys(d.set).length) update.$set = d.set;
      if (Object.keys(d.unset).length) update.$unset = d.unset;
      if (Object.keys(update).length) ops.push({ updateOne: { filter: { _id: id }, update, upsert: '$set' in update } });
    }
    if (ops.length) await collection(conn, name).bulkWrite(ops, { ordered: false });
  }
}

export interface Walk {
  keys: string[];
  /** First day (inclusive) and the day after the last, Vietnam days. */
  from: string;
  to: string;
  first: number;
  keep?: (e: Entry) => boolean;
}

/** The newest `first` report ids of the keys in [from, to) by entry time, newest first. */
export async function walk(conn: Connection, name: IndexName, w: Walk): Promise<string[]> {
  const found = new Map<string, number>();
  for (let end = w.to; end > w.from && found.size < w.first; end = addDays(end, -chunkDays)) {
    const ids: string[] = [];
    for (let day = addDays(end, -1), n = 0; day >= w.from && n < chunkDays; day = addDays(day, -1), n++) {
      for (const key of w.keys) ids.push(`${key}|${day}`);
    }
    for (const doc of await collection(conn, name)
      .find({ _id: { $in: ids } })
      .toArray()) {
      for (const [field, e] of Object.entries(doc.r ?? {})) if (!w.keep || w.keep(e)) found.set(decodeName(field), e.t);
    }
  }
  // Whole days were read newest first, so once `first` are found the newest `first` are among them.
  return [...found]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, w.first)
    .map(([id]) => id);
}
