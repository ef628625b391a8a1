/** The feedback figures over rows already filtered by unit, period and scope; late and overdue as for dossiers. */
import { categories, openStatuses, doneStatuses, type Category } from './codes';
import type { FeedbackDoc } from './models';

export type FeedbackRow = Pick<FeedbackDoc, '_id' | 'category' | 'status' | 'receivedAt' | 'dueAt' | 'resolvedAt' | 'agency' | 'rating' | 'latitude' | 'longitude' | 'unit'>;

export interface Figures {
  received: number; refused: number; resolved: number; onTime: number; late: number;
  pending: number; overdue: number; onTimeRate: number | null; rated: number; satisfaction: number | null;
}

export type FollowUp = 'LATE' | 'OVERDUE';

/** LATE: resolved after its deadline; OVERDUE: still open past it at `now`. */
export function followUpOf(r: Pick<FeedbackRow, 'status' | 'dueAt' | 'resolvedAt'>, now: Date): FollowUp | null {
  if (doneStatuses.has(r.status)) return r.resolvedAt && r.resolvedAt > r.dueAt ? 'LATE' : null;
  if (openStatuses.has(r.status)) return r.dueAt < now ? 'OVERDUE' : null;
  return null;
}

export function figures(rows: FeedbackRow[], now: Date): Figures {
  const f = { received: 0, refused: 0, resolved: 0, onTime: 0, late: 0, pending: 0, overdue: 0, rated: 0 };
  let ratings = 0;
  for (const r of rows) {
    f.received++;
    if (r.status === 'REFUSED') f.refused++;
    else if (doneStatuses.has(r.status)) {
      f.resolved++;
      if (followUpOf(r, now) === 'LATE') f.late++;
      else f.onTime++;
    } else {
      f.pending++;
      if (followUpOf(r, now) === 'OVERDUE') f.overdue++;
    }
    if (r.rating !== null && r.rating !== undefined) { f.rated++; ratings += r.rating; }
  }
  return {
    ...f,
    onTimeRate: f.resolved ? f.onTime / f.resolved : null,
    satisfaction: f.rated ? Math.round((ratings / f.rated) * 100) / 100 : null,
  };
}

/** The same figures per group, most received first. */
export function figuresBy(rows: FeedbackRow[], now: Date, key: (r: FeedbackRow) => [string, string] | null) {
  const groups = new Map<string, { name: string; rows: FeedbackRow[] }>();
  for (const r of rows) {
    const k = key(r);
    if (!k) continue;
    const g = groups.get(k[0]);
    if (g) g.rows.push(r);
    else groups.set(k[0], { name: k[1], rows: [r] });
  }
  return [...groups.entries()]
    .map(([code, g]) => ({ code, name: g.name, ...figures(g.rows, now) }))
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));
}

export const byCategory = (r: FeedbackRow): [string, string] => [r.category, categories[r.category as Category]];
export const byAgency = (r: FeedbackRow): [string, string] | null => (r.agency ? [r.agency, r.agency] : null);
