/**
 * Where reports are, as documents addressed by `_id`: a grid of cells `cellMetres` wide, one
 * document per category × cell × Vietnam day (`TRAFFIC|<x>|<y>|2025-03-04`) listing the located
 * reports received there that day. "Reports of this category within r metres (r ≤ cellMetres) in
 * these days" is then the 3 × 3 cells around a point for each day: a fixed set of `_id`s, read in
 * one query whose cost does not grow with how many reports the hub holds.
 */
import { encodeName, decodeName, todayInVietnam, addDays, metresBetween } from '@ioc/kit';
import type { Connection, mongo } from 'mongoose';
import type { FeedbackDoc } from './models';

/** The widest radius a neighbourhood read answers (near duplicates: 100 m; hot spots: ≤ this). */
export const cellMetres = 250;
const metresPerDegree = 111_320;
/**
 * East–west cells are scaled by the cosine of Vietnam's northernmost latitude (24°, see place.ts):
 * one scale everywhere keeps neighbouring rows aligned, and a cell is at least `cellMetres` wide at
 * every latitude the hub accepts, so the 3 × 3 block always holds the whole radius.
 */
const eastScale = Math.cos((24 * Math.PI) / 180);

export interface Point {
  latitude: number;
  longitude: number;
}
export interface Located {
  id: string;
  latitude: number;
  longitude: number;
  at: Date;
}

interface CellDoc {
  _id: string;
  r?: Record<string, { a: number; o: number; t: number }>;
}

const collection = (conn: Connection) => conn.db!.collection<CellDoc>('cells');

function cellOf(p: Point): [number, number] {
  return [Math.floor((p.longitude * metresPerDegree * eastScale) / cellMetres), Math.floor((p.latitude * metresPerDegree) / cellMetres)];
}

const cellId = (category: string, x: number, y: number, day: string) => `${category}|${x}|${y}|${day}`;

/** The document a located report is listed in; null for a report without a point. */
export function cellKeyOf(d: Pick<FeedbackDoc, 'category' | 'latitude' | 'longitude' | 'receivedAt'>): string | null {
  if (d.latitude === null || d.longitude === null) return null;
  const [x, y] = cellOf(d as Point);
  return cellId(d.category, x, y, todayInVietnam(d.receivedAt));
}

/** Lists or unlists reports in their cells, in one unordered bulk write (a report whose cell and point did not change is not rewritten). */
export async function writeCells(conn: Connection, changes: { before: FeedbackDoc | null; after: FeedbackDoc }[]): Promise<void> {
  const ops: mongo.AnyBulkWriteOperation<CellDoc>[] = [];
  for (const { before, after } of changes) {
    const was = before && cellKeyOf(before);
    const now = cellKeyOf(after);
    const field = `r.${encodeName(after._id)}`;
    if (was && (was !== now || before!.latitude !== after.latitude || before!.longitude !== after.longitude)) {
      ops.push({ updateOne: { filter: { _id: was }, update: { $unset: { [field]: '' } } } });
    }
    if (now && (was !== now || before!.latitude !== after.latitude || before!.longitude !== after.longitude)) {
      ops.push({
        updateOne: {
          filter: { _id: now },
          update: { $set: { [field]: { a: after.latitude!, o: after.longitude!, t: after.receivedAt.getTime() } } },
          upsert: true,
        },
      });
    }
  }
  if (ops.length) await collection(conn).bulkWrite(ops, { ordered: false });
}

export interface Ask {
  category: string;
  point: Point;
  from: Date;
  to: Date;
}

/** The cell documents an ask needs: 3 × 3 cells for each Vietnam day of [from, to]. */
export function cellIdsOf(ask: Ask): string[] {
  const [x, y] = cellOf(ask.point);
  const ids: string[] = [];
  for (let day = todayInVietnam(ask.from), last = todayInVietnam(ask.to); day <= last; day = addDays(day, 1)) {
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) ids.push(cellId(ask.category, x + dx, y + dy, day));
  }
  return ids;
}

/**
 * Reads the cells of several asks in one `_id $in` and answers each: the reports of its category
 * within `metres` of its point received in [from, to], oldest first.
 */
export async function nearby(conn: Connection, asks: (Ask & { metres: number })[]): Promise<Located[][]> {
  if (metresOver(asks)) throw new Error(`a neighbourhood read answers at most ${cellMetres} m`);
  const perAsk = asks.map(cellIdsOf);
  const ids = [...new Set(perAsk.flat())];
  const docs = new Map<string, CellDoc>();
  // The patched FerretDB answers `_id $in` from the index up to 10,000 keys.
  for (let i = 0; i < ids.length; i += 10_000) {
    for (const d of await collection(conn)
      .find({ _id: { $in: ids.slice(i, i + 10_000) } })
      .toArray())
      docs.set(d._id, d);
  }
  return asks.map((ask, k) => {
    const out: Located[] = [];
    for (const id of perAsk[k]) {
      for (const [name, e] of Object.entries(docs.get(id)?.r ?? {})) {
        const at = new Date(e.t);
        if (at < ask.from || at > ask.to) continue;
        const p = { latitude: e.a, longitude: e.o };
        if (metresBetween(ask.point, p) <= ask.metres) out.push({ id: decodeName(name), ...p, at });
      }
    }
    return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  });
}

const metresOver = (asks: { metres: number }[]) => asks.some((a) => a.metres > cellMetres);
