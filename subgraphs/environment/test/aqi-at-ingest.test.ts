/**
 * The VN_AQI kept at ingest: after readings arrive out of order, twice, and corrected, every stored
 * hour and day equals the index computed straight from the raw readings held (./aqi on the rows,
 * QĐ 1459/QĐ-TCMT); and a province's indicators and alerts read the same documents when the
 * readings held grow tenfold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countDocumentsRead, seededRandom, renewStamp } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { environment } from '../src';
import { dailyAqi, HOUR_MS, hourlyAqi, type HourlyReading } from '../src/aqi';
import type { AqiDoc } from '../src/models';

let hub: TestHub;
const header = 'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO';
const DAY_MS = 24 * HOUR_MS;
const vnDay = (t: number) => new Date(t + 7 * HOUR_MS).toISOString().slice(0, 10);
const vnHour = (t: number) => new Date(t + 7 * HOUR_MS).toISOString().slice(11, 13);

interface Row {
  station: string;
  time: number;
  values: (number | null)[];
}
const csv = (rows: Row[]) =>
  [
    header,
    ...rows.map((r) => [r.station, `${vnDay(r.time)}T${vnHour(r.time)}:00:00+07:00`, ...r.values.map((v) => (v === null ? '' : String(v)))].join(',')),
  ].join('\n');

/** Hourly rows of a station over [first, first + hours), some hours missing, some values too, episodes above Xấu. */
function rows(station: string, first: string, hours: number, seed: number): Row[] {
  const rnd = seededRandom(seed);
  const start = Date.parse(`${first}T00:00:00+07:00`);
  const out: Row[] = [];
  for (let k = 0; k < hours; k++) {
    if (rnd.chance(0.08)) continue;
    const episode = rnd.chance(0.1) ? 4 : 1;
    const v = (max: number, missing = 0.05) => (rnd.chance(missing) ? null : Math.round(rnd.next() * max * episode * 10) / 10);
    out.push({ station, time: start + k * HOUR_MS, values: [v(60), v(120), v(150, 0.3), v(150, 0.3), v(80, 0.5), v(4000, 0.5)] });
  }
  return out;
}

const shuffled = <T>(list: T[], seed: number) => {
  const rnd = seededRandom(seed);
  return list
    .map((x) => [rnd.next(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
};

beforeAll(async () => {
  hub = await startTestHub([environment], { fresh: ['environment'], tag: 'env-aqi' });
  await hub.ingest('environment', 'stations', readFileSync(join(__dirname, 'fixtures', 'stations-2025-01.json')));
}, 600_000);
afterAll(() => hub?.stop(), 120_000);

test('out-of-order, duplicate and re-sent readings leave the indices a recomputation from the raw readings gives, hour by hour', async () => {
  const all = rows('QNM01', '2025-01-24', 8 * 24, 7);
  const late = all.filter((r) => r.time >= Date.parse('2025-01-28T00:00:00+07:00'));
  const early = all.filter((r) => !late.includes(r));
  // The later days first, shuffled, with some rows twice in the same file; then the earlier days.
  expect((await hub.ingest('environment', 'readings', csv(shuffled([...late, ...late.slice(0, 30)], 1)))).body).toMatchObject({ rejected: 0 });
  expect((await hub.ingest('environment', 'readings', csv(shuffled(early, 2)))).body).toMatchObject({ accepted: early.length, rejected: 0 });
  // Corrections (PM2.5 raised, NO2 cleared) of the last hours of 26 January, whose NowCast reaches
  // into the 27th, and of some hours of the 30th; the rest again, unchanged. The 28th is left
  // alone: its first hours are right only if the earlier days, sent after it, recomputed them.
  const fix = (r: Row, i: number) =>
    (r.time >= Date.parse('2025-01-26T20:00:00+07:00') && r.time < Date.parse('2025-01-27T00:00:00+07:00')) || (vnDay(r.time) === '2025-01-30' && i % 5 === 0);
  const corrected = all.map((r, i) => (fix(r, i) ? { ...r, values: [(r.values[0] ?? 0) + 5, ...r.values.slice(1, 3), null, ...r.values.slice(4)] } : r));
  const changed = all.filter(fix).length;
  const resent = await hub.ingest('environment', 'readings', csv(shuffled(corrected, 3)));
  expect(resent.body).toMatchObject({ accepted: changed, unchanged: all.length - changed });
  const held = new Map(corrected.map((r) => [r.time, r]));
  const reading = (r: Row): HourlyReading => {
    const [pm25, pm10, o3, no2, so2, co] = r.values;
    return { time: new Date(r.time), pm25, pm10, o3, no2, so2, co };
  };
  const between = (from: number, to: number) => [...held.values()].filter((r) => r.time >= from && r.time < to).map(reading);

  // Expected: every hour from the first reading to two days after the last, and every day with readings.
  const expected = new Map<string, AqiDoc>();
  const doc = (id: string) => expected.get(id) ?? expected.set(id, { _id: id }).get(id)!;
  const first = Date.parse('2025-01-24T00:00:00+07:00');
  for (let t = first; t < first + 10 * DAY_MS; t += HOUR_MS) {
    const h = hourlyAqi(between(t - 11 * HOUR_MS, t + 1), new Date(t));
    if (h) (doc(`QNM01|${vnDay(t)}`).h ??= {})[vnHour(t)] = { v: h.value, p: h.dominant, s: h.subIndices };
  }
  for (let t = first; t < first + 10 * DAY_MS; t += DAY_MS) {
    const day = between(t, t + DAY_MS);
    if (day.length === 0) continue;
    const d = dailyAqi(day, { previousHours: between(t - DAY_MS, t) });
    (doc(`QNM01|${vnDay(t).slice(0, 7)}`).d ??= {})[vnDay(t).slice(8)] = { n: day.length, ...(d ? { v: d.value, p: d.dominant, s: d.subIndices } : {}) };
  }
  const stored = (
    await hub.subgraphs.environment.db.connection
      .collection<AqiDoc>('aqi')
      .find({ _id: { $regex: '^QNM01\\|' } })
      .toArray()
  )
    .map((d) => ({ ...d, h: d.h && Object.keys(d.h).length ? d.h : undefined }))
    .filter((d) => d.h || d.d);
  const clean = (d: AqiDoc) => JSON.parse(JSON.stringify(d));
  expect(Object.fromEntries(stored.map((d) => [d._id, clean(d)]))).toEqual(Object.fromEntries([...expected].map(([id, d]) => [id, clean(d)])));
  // The episodes reach Xấu: the alerts below read something.
  expect([...expected.values()].some((d) => Object.values(d.h ?? {}).some((h) => h.v >= 151))).toBe(true);
});

test('a province’s indicators and alerts read the same documents when the readings held grow tenfold', async () => {
  const leader = await hub.token({ role: 'leader', scope: ['40'] });
  const query = `{ province(code: "40", asOf: "2025-03-01") { environment { stationCount
    indicators { code value status period } alerts { code level title time link } } } }`;
  const read = countDocumentsRead(hub.subgraphs.environment.db.connection);
  // 62 days up to the newest hour the hub holds (QNM01's, above): the indicators' 30 days and the 30 before.
  const recent = rows('NAN01', '2024-12-01', 62 * 24, 11);
  expect((await hub.ingest('environment', 'readings', csv(recent))).body).toMatchObject({ accepted: recent.length, rejected: 0 });
  // Measured from a cold process cache, as after a restart: both reads take every document they need.
  await renewStamp(hub.subgraphs.environment.db.connection, { everything: true });
  let before = read();
  const small = await hub.query(query, { token: leader });
  expect(small.errors).toBeUndefined();
  const smallDocs = read() - before;
  expect(small.data.province.environment.alerts.length).toBeGreaterThan(0);
  // 558 days more before them: ten times the readings.
  const older = rows('NAN01', '2023-05-23', 558 * 24, 12);
  expect((await hub.ingest('environment', 'readings', csv(older))).body).toMatchObject({ accepted: older.length, rejected: 0 });
  await renewStamp(hub.subgraphs.environment.db.connection, { everything: true });
  before = read();
  const large = await hub.query(query, { token: leader });
  expect(read() - before).toBe(smallDocs);
  expect(large.data).toEqual(small.data);
}, 300_000);

test('rollups:rebuild recomputes the kept indices from the stored readings: the same documents as ingest left', async () => {
  const aqi = hub.subgraphs.environment.db.connection.collection<AqiDoc>('aqi');
  // An index left empty by a correction and one never written are the same answer.
  const held = async () =>
    Object.fromEntries(
      (await aqi.find({}).toArray())
        .filter((d) => (d.h && Object.keys(d.h).length) || (d.d && Object.keys(d.d).length))
        .map((d) => [d._id, JSON.parse(JSON.stringify({ ...d, h: d.h && Object.keys(d.h).length ? d.h : undefined }))]),
    );
  const ingested = await held();
  expect(Object.keys(ingested).length).toBeGreaterThan(100);
  // A lost document and a wrong one, as a crash between a batch's writes could leave them.
  const [first, second] = Object.keys(ingested).sort();
  await aqi.deleteOne({ _id: first });
  await aqi.updateOne({ _id: second }, { $set: { h: {} } });
  expect(await held()).not.toEqual(ingested);
  expect(await environment.rebuild!(hub.subgraphs.environment.db.connection)).toMatch(/station-days/);
  expect(await held()).toEqual(ingested);
}, 300_000);
