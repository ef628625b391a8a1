/** Air-quality figures and indicators from daily indices, without a database. */
import { figuresOf } from '../src/period-stats';
import { airIndicators } from '../src/indicators';
import type { DayEntry } from '../src/series';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const day = (date: string, value: number | null): DayEntry => ({ date, hours: 24, aqi: value === null ? null : ({ value } as DayEntry['aqi']) });
const days = [day('2025-01-01', 50), day('2025-01-02', 120), day('2025-01-03', 90), day('2025-01-04', null), day('2025-01-05', 180)];
const reference = new Date('2025-01-05T23:00:00+07:00');

test('figures: good days (VN_AQI ≤ 100) over the rated station-days of the period, and the worst day', () => {
  expect(figuresOf({ from: '2025-01-01', to: '2025-01-05' }, days)).toEqual({
    from: '2025-01-01',
    to: '2025-01-05',
    stationDays: 4,
    ratedDays: 3,
    goodDays: 2,
    goodDayRate: 66.7,
    worstDaily: 120,
  });
});

test('indicators: latest hour by the QĐ 1459 bands, good-day share against the 80 % default', () => {
  const now = figuresOf({ from: '2025-01-03', to: '2025-01-06' }, days);
  const before = figuresOf({ from: '2025-01-01', to: '2025-01-03' }, days);
  const at = (value: number) => airIndicators({ value, time: reference }, reference, now, before);
  expect([100, 150, 151].map((v) => at(v)[0].status)).toEqual(['GOOD', 'WATCH', 'ALERT']);
  expect(at(100)[1]).toMatchObject({ value: 50, status: 'ALERT', previous: 50, period: '2025-01-03/2025-01-06' });
});

test('no reading within the window or no rated day: null values, WATCH', () => {
  const none = figuresOf({ from: '2025-02-01', to: '2025-02-02' }, days);
  expect(airIndicators(null, reference, none, none).map((i) => [i.value, i.status])).toEqual([
    [null, 'WATCH'],
    [null, 'WATCH'],
  ]);
});

test('every setting is HUB_ENVIRONMENT_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_ENVIRONMENT_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});
