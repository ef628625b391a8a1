/**
 * Hot spots: several reports of one category close together within a few days (e.g. a flooded
 * street reported by five people) — one problem, and an urgent one. Reports are bucketed in a grid
 * of cells as wide as the radius, so each report is compared only with the reports of its own and
 * the eight neighbouring cells.
 */
import { metresBetween } from '@ioc/kit';
import { hotSpot } from './config';
import type { FeedbackRow } from './figures';

export interface HotSpot { category: string; reports: FeedbackRow[]; latitude: number; longitude: number; last: Date }

const metresPerDegree = 111_320;

export function hotSpots(rows: FeedbackRow[]): HotSpot[] {
  const h = hotSpot();
  const located = rows.filter((r) => r.latitude !== null && r.longitude !== null && r.status !== 'REFUSED');
  const cellOf = (r: FeedbackRow) => {
    const y = Math.floor((r.latitude! * metresPerDegree) / h.metres);
    const x = Math.floor((r.longitude! * metresPerDegree * Math.cos((r.latitude! * Math.PI) / 180)) / h.metres);
    return [x, y] as const;
  };
  const grid = new Map<string, FeedbackRow[]>();
  for (const r of located) {
    const [x, y] = cellOf(r);
    const k = `${r.category}|${x}|${y}`;
    grid.set(k, [...(grid.get(k) ?? []), r]);
  }
  const used = new Set<string>();
  const out: HotSpot[] = [];
  // Newest first: a hot spot is reported around its latest report.
  for (const r of [...located].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || a._id.localeCompare(b._id))) {
    if (used.has(r._id)) continue;
    const [x, y] = cellOf(r);
    const near: FeedbackRow[] = [];
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const o of grid.get(`${r.category}|${x + dx}|${y + dy}`) ?? []) {
        if (used.has(o._id)) continue;
        const days = (r.receivedAt.getTime() - o.receivedAt.getTime()) / 86_400_000;
        if (days >= 0 && days <= h.days && metresBetween(r as { latitude: number; longitude: number }, o as { latitude: number; longitude: number }) <= h.metres) near.push(o);
      }
    }
    if (near.length >= h.reports) {
      for (const o of near) used.add(o._id);
      out.push({ category: r.category, reports: near, latitude: r.latitude!, longitude: r.longitude!, last: r.receivedAt });
    }
  }
  return out;
}
