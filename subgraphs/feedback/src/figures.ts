/** The feedback figures of a unit over a period, from its rollups; late and overdue as for dossiers. */
import type { Tally } from '@ioc/kit';
import { categories, openStatuses, doneStatuses, type Category } from './codes';
import type { FeedbackDoc } from './models';

export type FeedbackRow = Pick<
  FeedbackDoc,
  '_id' | 'category' | 'status' | 'receivedAt' | 'dueAt' | 'resolvedAt' | 'agency' | 'rating' | 'latitude' | 'longitude' | 'unit' | 'hotSpot'
>;

export interface Figures {
  received: number;
  refused: number;
  resolved: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  onTimeRate: number | null;
  rated: number;
  satisfaction: number | null;
}

export type FollowUp = 'LATE' | 'OVERDUE';

/** LATE: resolved after its deadline; OVERDUE: still open past it at `now`. */
export function followUpOf(r: Pick<FeedbackRow, 'status' | 'dueAt' | 'resolvedAt'>, now: Date): FollowUp | null {
  if (doneStatuses.has(r.status)) return r.resolvedAt && r.resolvedAt > r.dueAt ? 'LATE' : null;
  if (openStatuses.has(r.status)) return r.dueAt < now ? 'OVERDUE' : null;
  return null;
}

type Group = { dimension: 'category' | 'agency'; value: string };

/**
 * @param rows the tally's items (open and located reports): `overdue` counts the open ones past due
 * @param group a category or agency to narrow to; the whole unit without it
 */
export function figuresOf(t: Tally, rows: FeedbackRow[], now: Date, group?: Group): Figures {
  const get = (m: string) => (group ? (t.by(m, group.dimension).get(group.value) ?? 0) : t.get(m));
  const resolved = get('resolved');
  const rated = get('rated');
  const overdue = rows.filter((r) => (!group || r[group.dimension] === group.value) && followUpOf(r, now) === 'OVERDUE').length;
  return {
    received: get('received'),
    refused: get('refused'),
    resolved,
    onTime: get('onTime'),
    late: get('late'),
    pending: get('pending'),
    overdue,
    onTimeRate: resolved ? get('onTime') / resolved : null,
    rated,
    satisfaction: rated ? Math.round((get('ratingSum') / rated) * 100) / 100 : null,
  };
}

/** The same figures per category or agency, most received first. */
export function figuresBy(t: Tally, rows: FeedbackRow[], now: Date, dimension: 'category' | 'agency') {
  return [...t.by('received', dimension).keys()]
    .map((value) => ({
      code: value,
      name: dimension === 'category' ? (categories[value as Category] ?? value) : value,
      ...figuresOf(t, rows, now, { dimension, value }),
    }))
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));
}
