/**
 * How readings are kept (per station and Vietnam day, written at ingest): a unit's air-quality
 * figures read the same documents when the readings held grow tenfold, and `series` periods add up
 * to the whole range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countDocumentsRead, renewStamp } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { environment } from '../src';

let hub: TestHub;
let leader: string;
const header = 'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO';
const at = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00+07:00`;
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
/** Every hour of days [first, last] of January 2025 (0 and below: December 2024) at QNM01, PM2.5 20 + day. */
const readings = (first: number, last: number) =>
  [
    header,
    ...Array.from({ length: last - first + 1 }, (_, k) => first + k).flatMap((d) =>
      Array.from({ length: 24 }, (_, h) => `QNM01,${at(day(d), h)},${20 + d},,,,,`),
    ),
  ].join('\n');

beforeAll(async () => {
  hub = await startTestHub([environment], { fresh: ['environment'], tag: 'env-store' });
  leader = await hub.token({ role: 'leader', scope: ['48'] });
  await hub.ingest('environment', 'stations', readFileSync(join(__dirname, 'fixtures', 'stations-2025-01.json')));
}, 600_000);
afterAll(() => hub?.stop(), 120_000);

const query = `{ province(code: "49", asOf: "2025-03-01") { environment { stationCount
  stations { code latestAqi { value } daily(from: "2025-01-29", to: "2025-02-01") { value } }
  hoursByBand(from: "2025-01-29", to: "2025-02-01") { hours } } } }`;

test('a unit’s figures read the same documents when the readings held grow tenfold', async () => {
  const read = countDocumentsRead(hub.subgraphs.environment.db.connection);
  // 28 January too: the 11 hours before the first day asked are read for the NowCast.
  expect((await hub.ingest('environment', 'readings', readings(28, 31))).body).toMatchObject({ accepted: 96, rejected: 0 });
  // Measured from a cold process cache, as after a restart: both reads take every document they need.
  await renewStamp(hub.subgraphs.environment.db.connection, { everything: true });
  let before = read();
  const small = await hub.query(query, { token: leader });
  expect(small.errors).toBeUndefined();
  const smallDocs = read() - before;
  // Thirty-six days more before them (from 23 December): ten times the readings.
  expect((await hub.ingest('environment', 'readings', readings(-8, 27))).body).toMatchObject({ accepted: 864, rejected: 0 });
  await renewStamp(hub.subgraphs.environment.db.connection, { everything: true });
  before = read();
  const large = await hub.query(query, { token: leader });
  expect(read() - before).toBe(smallDocs);
  expect(large.data).toEqual(small.data);
});

test('series: periods add up to the whole range; good days by the daily index', async () => {
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") { environment {
    days: series(from: "2025-01-01", to: "2025-02-01", every: DAY) { from stationDays ratedDays goodDays worstDaily }
    weeks: series(from: "2025-01-01", to: "2025-02-01", every: WEEK) { from to stationDays ratedDays goodDays }
    month: series(from: "2025-01-01", to: "2025-02-01", every: MONTH) { stationDays ratedDays goodDays goodDayRate worstDaily } } } }`,
    { token: leader },
  );
  expect(r.errors).toBeUndefined();
  const e = r.data.province.environment;
  expect(e.days).toHaveLength(31);
  expect(e.month).toHaveLength(1);
  // 31 station-days, each a 24-hour PM2.5 mean of 20 + day: ≤ 100 (good) up to 50 µg/m³
  // (Bảng 2: 50 ↔ 100), so days 1–30 are good and day 31 (51 µg/m³ → 101.67 → 102) is not.
  expect(e.month[0]).toEqual({ stationDays: 31, ratedDays: 31, goodDays: 30, goodDayRate: 96.8, worstDaily: 102 });
  for (const key of ['stationDays', 'ratedDays', 'goodDays'] as const) {
    const sum = (list: Record<string, number>[]) => list.reduce((s, p) => s + p[key], 0);
    expect(sum(e.days)).toBe(e.month[0][key]);
    expect(sum(e.weeks)).toBe(e.month[0][key]);
  }
  // Weeks start on Monday: 2025-01-01 is a Wednesday.
  expect(e.weeks.map((w: { from: string }) => w.from)).toEqual(['2025-01-01', '2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
});
