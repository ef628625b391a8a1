/**
 * What a report adds to the kit's rollups: on the day it was received, one count in each figure it
 * belongs to, in total and by category and agency. A report that can still become overdue (open) or
 * that completed a hot spot is also kept as an item: the small set `overdue`, the hot spots and the
 * alerts read. Every write of a report — import, form, officer step, rating — goes through
 * `recordChanges` (changes.ts), so the counters never drift from the reports.
 */
import { expand, todayInVietnam, type RollupSpec, type Tally } from '@ioc/kit';
import { openStatuses, doneStatuses } from './codes';
import type { FeedbackDoc } from './models';
import type { FeedbackRow } from './figures';

export const measures = ['received', 'refused', 'resolved', 'onTime', 'late', 'pending', 'rated', 'ratingSum'] as const;
export type Measure = (typeof measures)[number];

export function measuresOf(d: Pick<FeedbackDoc, 'status' | 'dueAt' | 'resolvedAt' | 'rating'>): Record<Measure, number> {
  const done = doneStatuses.has(d.status);
  const late = done && !!d.resolvedAt && d.resolvedAt > d.dueAt;
  return {
    received: 1,
    refused: d.status === 'REFUSED' ? 1 : 0,
    resolved: done ? 1 : 0,
    onTime: done && !late ? 1 : 0,
    late: late ? 1 : 0,
    pending: openStatuses.has(d.status) ? 1 : 0,
    rated: d.rating !== null ? 1 : 0,
    ratingSum: d.rating ?? 0,
  };
}

/** What the reads keep of a report: a FeedbackRow without its id (the item's key). */
export type ReportItem = Omit<FeedbackRow, '_id' | 'unit'> & { unitCode: string; register: string };

export const feedbackRollups: RollupSpec<FeedbackDoc> = {
  unit: (d) => d.unit,
  contributions(d) {
    const keep = openStatuses.has(d.status) || !!d.hotSpot;
    const item: ReportItem = {
      category: d.category,
      status: d.status,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      resolvedAt: d.resolvedAt,
      agency: d.agency,
      rating: d.rating,
      latitude: d.latitude,
      longitude: d.longitude,
      hotSpot: d.hotSpot ?? null,
      unitCode: d.unit.code,
      register: d.unit.register,
    };
    return [
      {
        day: todayInVietnam(d.receivedAt),
        counters: expand(measuresOf(d), { category: d.category, agency: d.agency }),
        items: keep ? { [d._id]: item as unknown as Record<string, unknown> } : undefined,
      },
    ];
  },
};

/** The items of a tally as rows (the figures' and hot spots' input). */
export function rowsOf(t: Tally): FeedbackRow[] {
  return [...t.items].map(([id, v]) => {
    const i = v as unknown as ReportItem;
    return { ...i, _id: id, unit: { code: i.unitCode, register: i.register } } as unknown as FeedbackRow;
  });
}
