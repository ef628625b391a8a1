/**
 * How the positions are kept (track hours and each transceiver's newest state, written at ingest):
 * figures read the same documents whatever the number of reports held, a track reads its hours by
 * `_id`, and what ingest kept equals a recount from the raw reports after updates and duplicates.
 */
import { countDocumentsRead, renewStamp } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { vessels } from '../src';
import { models, type ReportDoc, type TrackHourDoc, type VesselLatestDoc } from '../src/models';
import { positionReport, staticNameReport } from '../src/connectors/ais-encode';
import { trackHourId, vietnamDay, vietnamHour } from '../src/tracks';
import { AT, zones, registryA } from './feeds';

let hub: TestHub;
let admin: string;
const hourMs = 3600_000;
const ago = (hours: number) => new Date(AT.getTime() - hours * hourMs);
const sea = { lat: 15.6, lon: 108.6 };

const documentsRead = () => countDocumentsRead(hub.subgraphs.vessels.db.connection);

/** V1 and V3 every 5 minutes over `hours` hours before `end`. */
const positions = (hours: number, end: Date) => {
  const lines: string[] = [];
  for (let k = 0; k < hours * 12; k++) {
    const at = new Date(end.getTime() - k * 5 * 60_000);
    lines.push(positionReport({ mmsi: 574000001, at, ...sea, speed: 5, course: 90, status: 0 }));
    lines.push(positionReport({ mmsi: 574000003, at, lat: sea.lat + 0.01, lon: sea.lon, speed: 4, course: 80, status: 0 }));
  }
  return lines.join('\n');
};

beforeAll(async () => {
  hub = await startTestHub([vessels], { fresh: ['vessels'], tag: 'ves-store' });
  admin = await hub.token({ role: 'admin', scope: ['*'] });
  await hub.ingest('vessels', 'zones', zones);
  await hub.ingest('vessels', 'registry', registryA);
});
afterAll(() => hub?.stop());

const fleet = `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${AT.toISOString()}") { registered atSea inPort noPosition silentOver6h } } }`;

test('a fleet query reads the same documents when the reports held grow tenfold', async () => {
  const read = documentsRead();
  expect((await hub.ingest('vessels', 'positions', positions(2, ago(1)))).body.accepted).toBe(48);
  // Measured from a cold process cache, as after a restart: both reads take every document they need.
  await renewStamp(hub.subgraphs.vessels.db.connection, { everything: true });
  let before = read();
  const small = await hub.query(fleet, { token: admin });
  const smallDocs = read() - before;
  // Ten times the reports: twenty hours of the same two vessels.
  expect((await hub.ingest('vessels', 'positions', positions(20, ago(1)))).body.accepted).toBe(480 - 48);
  await renewStamp(hub.subgraphs.vessels.db.connection, { everything: true });
  before = read();
  const large = await hub.query(fleet, { token: admin });
  expect(read() - before).toBe(smallDocs);
  expect(large.data).toEqual(small.data);
  expect(small.data.province.vessels.atSea).toBe(2);
});

test('a 24-hour track reads the track hours holding positions, and the position before an earlier instant comes from them', async () => {
  const read = documentsRead();
  const before = read();
  const r = await hub.query(
    `{ vessel(registration: "QNa-90001-TS") { track(from: "${vietnamDay(ago(24))}", to: "${vietnamDay(AT.getTime() + 86_400_000)}") { time } latestPosition(at: "${ago(5).toISOString()}") { time } } }`,
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  // Reports every 5 minutes from 21 hours before AT to 1 hour before it.
  expect(r.data.vessel.track).toHaveLength(240);
  expect(new Date(r.data.vessel.latestPosition.time).getTime()).toBe(ago(5).getTime());
  // The stamp, the vessel, its newest state, the 21 track hours holding its positions, at most as
  // many for the earlier position (the hours of its day up to it and of the day before: read in the
  // same tick as the track's), and the three zones the points are placed in.
  expect(read() - before).toBeLessThanOrEqual(1 + 1 + 1 + 21 + 21 + 3);
});

test('track days and newest states equal a recount from the raw reports after updates, duplicates and late lines', async () => {
  const late = [
    // Late, older than every kept position: must not become the newest.
    positionReport({ mmsi: 574000001, at: ago(30), ...sea, speed: 1, course: 0, status: 5 }),
    // The same receive second again with other values: replaces its slot.
    positionReport({ mmsi: 574000003, at: ago(1), lat: 15.7, lon: 108.7, speed: 9, course: 10, status: 0 }),
    positionReport({ mmsi: 574000003, at: ago(1), lat: 15.7, lon: 108.7, speed: 9, course: 10, status: 0 }),
    staticNameReport(574000001, 'QNA 90001 TS', ago(2)),
  ].join('\n');
  expect((await hub.ingest('vessels', 'positions', late)).body).toEqual({ accepted: 3, rejected: 0, unchanged: 1 });
  // An older name arriving later changes nothing.
  expect((await hub.ingest('vessels', 'positions', staticNameReport(574000001, 'TEN CU', ago(50)))).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
  const m = models(hub.subgraphs.vessels.db.connection);
  const raw = await m.Report.find({}).lean<ReportDoc[]>();
  const days = new Map<string, Record<string, unknown>>();
  const newest = new Map<string, ReportDoc>();
  for (const r of raw.filter((x) => x.kind === 'POSITION')) {
    const id = trackHourId(r.mmsi, vietnamHour(r.time));
    days.set(id, { ...days.get(id), [String(Math.floor(r.time.getTime() / 1000))]: { lat: r.lat, lon: r.lon, speed: r.speed, time: r.time } });
    if (!newest.has(r.mmsi) || r.time > newest.get(r.mmsi)!.time) newest.set(r.mmsi, r);
  }
  const kept = await m.TrackHour.find({}).lean<TrackHourDoc[]>();
  expect(
    Object.fromEntries(
      kept.map((d) => [d._id, Object.fromEntries(Object.entries(d.p).map(([k, p]) => [k, { lat: p.lat, lon: p.lon, speed: p.speed, time: p.time }]))]),
    ),
  ).toEqual(Object.fromEntries(days));
  const states = await m.VesselLatest.find({}).lean<VesselLatestDoc[]>();
  for (const s of states) {
    const r = newest.get(s._id)!;
    expect({ time: s.position!.time, lat: s.position!.lat, speed: s.position!.speed }).toEqual({ time: r.time, lat: r.lat, speed: r.speed });
    expect([...s.days].sort()).toEqual([...new Set([...days.keys()].filter((k) => k.startsWith(`${s._id}|`)).map((k) => k.split('|')[1].slice(0, 10)))].sort());
  }
  const name = await hub.query(`{ vessel(registration: "QNa-90001-TS") { aisName } }`, { token: admin });
  expect(name.data.vessel.aisName).toBe('QNA 90001 TS');
});

test('series: positions and vessel-days of the owners’ unit, periods adding up to the whole range', async () => {
  const from = vietnamDay(ago(72));
  const to = vietnamDay(AT.getTime() + 86_400_000);
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${AT.toISOString()}") {
    days: series(from: "${from}", to: "${to}", every: DAY) { from to positions vesselDays }
    whole: series(from: "${from}", to: "${to}", every: QUARTER) { positions vesselDays } } } }`,
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  const m = models(hub.subgraphs.vessels.db.connection);
  const raw = (await m.Report.find({ kind: 'POSITION' }).lean<ReportDoc[]>()).filter((x) => ['574000001', '574000003'].includes(x.mmsi));
  const v = r.data.province.vessels;
  const sum = (k: 'positions' | 'vesselDays') => v.days.reduce((s: number, d: Record<string, number>) => s + d[k], 0);
  expect(sum('positions')).toBe(raw.length);
  expect(sum('vesselDays')).toBe(new Set(raw.map((x) => `${x.mmsi}|${vietnamDay(x.time)}`)).size);
  expect(v.whole.reduce((s: number, d: { positions: number }) => s + d.positions, 0)).toBe(raw.length);
});
