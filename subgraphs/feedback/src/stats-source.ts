/**
 * Where the statistics read their rows: every unit of a request for one period in one query, from
 * the reports themselves (a report is one small row; the projection keeps it so). Kept alone in
 * this file so that it can be switched to the kit's pre-aggregated rollups once they exist, without
 * touching the figures, indicators or resolvers.
 */
import { rollupLoader, allOf, startOfDay, type Identity } from '@ioc/kit';
import type { Models } from './models';
import type { FeedbackRow } from './figures';

export interface PeriodKey { from: string; to: string }

const rowFields = { category: 1, status: 1, receivedAt: 1, dueAt: 1, resolvedAt: 1, agency: 1, rating: 1, latitude: 1, longitude: 1, unit: 1 } as const;

export function feedbackRowsLoader(m: Models, identity: Identity) {
  return rollupLoader<FeedbackRow, PeriodKey>(identity, (filter, p) => m.Feedback.find(
    allOf(filter, { receivedAt: { $gte: startOfDay(p.from), $lt: startOfDay(p.to) } }),
    rowFields,
  ).lean<FeedbackRow[]>());
}
