/**
 * Hot spots: several reports of one category close together within a few days (e.g. a flooded
 * street reported by five people) — one problem, and an urgent one. Judged when a report is written:
 * a located report whose neighbourhood (its category, within `metres`, received in the `days`
 * before it, itself included) holds at least `reports` reports is marked with that count, from the
 * cells around it (cells.ts). The marks are kept with the unit's open items (rollups.ts), so an
 * alert reads the marked reports of its unit and period, never the unit's whole history.
 * Every report received counts: a refusal as a duplicate says the place was reported again.
 * A report imported after later reports near it does not re-mark those (exports come in order).
 */
import { metresBetween } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { hotSpot } from './config';
import { nearby, type Ask, type Located } from './cells';
import type { FeedbackDoc } from './models';
import type { FeedbackRow } from './figures';

export interface HotSpotMark {
  count: number;
  near: string[];
}

/** Ids a mark keeps of its neighbours (the alert links the newest). */
const keptNear = 20;

export function hotSpotAsk(d: Pick<FeedbackDoc, 'category' | 'latitude' | 'longitude' | 'receivedAt'>): (Ask & { metres: number }) | null {
  if (d.latitude === null || d.longitude === null) return null;
  const h = hotSpot();
  return {
    category: d.category,
    point: { latitude: d.latitude, longitude: d.longitude },
    from: new Date(d.receivedAt.getTime() - h.days * 86_400_000),
    to: d.receivedAt,
    metres: h.metres,
  };
}

/**
 * The mark of a report from its neighbours.
 * @param self the report's id when it is listed among them; null for a report not yet stored (it counts once more)
 */
export function markOf(neighbours: Located[], self: string | null): HotSpotMark | null {
  const others = neighbours.filter((n) => n.id !== self);
  const count = others.length + 1;
  if (count < hotSpot().reports) return null;
  return {
    count,
    near: others
      .reverse()
      .map((n) => n.id)
      .slice(0, keptNear),
  };
}

/** Marks of many reports, their cells read in one query (after the reports themselves are listed). */
export async function marksOf(conn: Connection, docs: FeedbackDoc[]): Promise<(HotSpotMark | null)[]> {
  const asks = docs.map(hotSpotAsk);
  const located = asks.flatMap((a, i) => (a ? [{ i, a }] : []));
  const found = await nearby(
    conn,
    located.map((l) => l.a),
  );
  const out: (HotSpotMark | null)[] = docs.map(() => null);
  located.forEach((l, k) => {
    out[l.i] = markOf(found[k], docs[l.i]._id);
  });
  return out;
}

export interface HotSpot {
  category: string;
  count: number;
  latitude: number;
  longitude: number;
  last: Date;
  id: string;
  unit: FeedbackRow['unit'];
}

/** One alert per cluster: the newest marked report stands for the marked ones it lists or that lie within its radius and days. */
export function hotSpots(rows: FeedbackRow[]): HotSpot[] {
  const h = hotSpot();
  const marked = rows
    .filter((r) => r.hotSpot && r.latitude !== null && r.longitude !== null)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || a._id.localeCompare(b._id));
  const covered = new Set<string>();
  const out: HotSpot[] = [];
  for (const r of marked) {
    if (covered.has(r._id)) continue;
    for (const n of r.hotSpot!.near) covered.add(n);
    for (const o of marked) {
      const days = (r.receivedAt.getTime() - o.receivedAt.getTime()) / 86_400_000;
      if (o.category === r.category && days >= 0 && days <= h.days && metresBetween(r as never, o as never) <= h.metres) covered.add(o._id);
    }
    out.push({ category: r.category, count: r.hotSpot!.count, latitude: r.latitude!, longitude: r.longitude!, last: r.receivedAt, id: r._id, unit: r.unit });
  }
  return out;
}
