/** Feedback figures, indicators and alerts from reports, without a database. */
import { tallyOf, Tally, type UnitRef, type UnitSelector } from '@ioc/kit';
import { feedbackRollups, rowsOf } from '../src/rollups';
import { figuresOf, figuresBy, followUpOf } from '../src/figures';
import { indicators, alerts } from '../src/indicators';
import type { FeedbackDoc } from '../src/models';

const unit = { register: 'PRE_2025_07', code: '20335' } as UnitRef;
const selector = { register: 'PRE_2025_07', level: 'COMMUNE', code: '20335' } as unknown as UnitSelector;
const t = (iso: string) => new Date(`${iso}T08:00:00+07:00`);
let n = 0;
const report = (
  status: string,
  dueAt: string,
  resolvedAt: string | null,
  rating: number | null = null,
  category = 'TRAFFIC',
  agency = 'UBND xã',
): FeedbackDoc =>
  ({
    _id: `PA${++n}`,
    category,
    status,
    receivedAt: t('2025-01-10'),
    dueAt: t(dueAt),
    resolvedAt: resolvedAt && t(resolvedAt),
    agency,
    rating,
    latitude: null,
    longitude: null,
    unit,
    hotSpot: null,
  }) as unknown as FeedbackDoc;

const now = t('2025-03-01');
const records = [
  report('RESOLVED', '2025-01-20', '2025-01-15', 5), // on time, rated 5
  report('CLOSED', '2025-01-20', '2025-01-25', 2, 'ENVIRONMENT', 'Phòng TN&MT'), // late by 5 days, rated 2
  report('IN_PROGRESS', '2025-02-25', null), // open, overdue by 4 days at `now`
  report('ASSIGNED', '2025-02-10', null), // open, overdue by 19 days
  report('ACCEPTED', '2025-04-01', null), // open, not due
  report('REFUSED', '2025-01-20', null), // refused: neither resolved nor pending
];

test('late and overdue: resolved after the deadline is LATE, open past it is OVERDUE, refused is neither', () => {
  expect(records.map((r) => followUpOf(r, now))).toEqual([null, 'LATE', 'OVERDUE', 'OVERDUE', null, null]);
});

test('figures from the rollups: received, refused, resolved, on time, late, pending, overdue, satisfaction', () => {
  const tally = tallyOf(feedbackRollups, records);
  const f = figuresOf(tally, rowsOf(tally), now);
  expect(f).toMatchObject({ received: 6, refused: 1, resolved: 2, onTime: 1, late: 1, pending: 3, overdue: 2, rated: 2, satisfaction: 3.5 });
  expect(f.onTimeRate).toBeCloseTo(1 / 2);
  // Only open reports are kept as items: the small set `overdue` and the alerts read.
  expect(
    rowsOf(tally)
      .map((r) => r._id)
      .sort(),
  ).toEqual(['PA3', 'PA4', 'PA5']);
});

test('by category: each category its own figures, most received first', () => {
  const tally = tallyOf(feedbackRollups, records);
  const by = figuresBy(tally, rowsOf(tally), now, 'category');
  expect(by.map((c) => [c.code, c.received, c.late, c.overdue])).toEqual([
    ['TRAFFIC', 5, 0, 2],
    ['ENVIRONMENT', 1, 1, 0],
  ]);
  expect(by[0].name).toBe('Giao thông');
});

test('indicators against the default targets, WATCH without data, previous period carried', () => {
  const tally = tallyOf(feedbackRollups, records);
  const f = figuresOf(tally, rowsOf(tally), now);
  const list = indicators(f, '2025-01-01/2025-04-01', figuresOf(new Tally(), [], now));
  expect(list.map((i) => [i.code, i.value, i.status, i.previous])).toEqual([
    ['feedback.onTimeRate', 50, 'ALERT', null], // 90 % target, 10-point band
    ['feedback.overdueShare', 66.7, 'ALERT', null], // 2 of 3 open reports past due, 5 % allowed
    ['feedback.satisfaction', 3.5, 'WATCH', null], // 4 targeted, within the 0.5 band
  ]);
  const empty = indicators(figuresOf(new Tally(), [], now), '2025-01-01/2025-04-01');
  expect(empty.map((i) => i.status)).toEqual(['WATCH', 'WATCH', 'WATCH']);
});

test('alerts: each overdue report (critical from 10 days late), failing indicators, most severe first', () => {
  const tally = tallyOf(feedbackRollups, records);
  const rows = rowsOf(tally);
  const list = alerts(rows, figuresOf(tally, rows, now), selector, now, '2025-01-01/2025-04-01', null);
  const overdue = list.filter((a) => a.code === 'feedback.overdue');
  expect(overdue.map((a) => [a.link, a.level])).toEqual([
    ['feedback:PA4', 'CRITICAL'],
    ['feedback:PA3', 'WARNING'],
  ]);
  expect(list.filter((a) => a.code === 'feedback.onTimeRate')).toHaveLength(1);
  const rank = { CRITICAL: 0, WARNING: 1, INFO: 2 } as Record<string, number>;
  expect(list.map((a) => rank[a.level])).toEqual([...list.map((a) => rank[a.level])].sort((a, b) => a - b));
});
