/**
 * Zone crossings kept at ingest: the alerts of any window equal what the raw reports give when
 * every vessel's positions in the window are compared pair by pair (computed here independently),
 * after out-of-order, duplicate and re-sent reports and after a zones feed that moves a zone; and a
 * province's alerts and fleet read the same documents when the positions held grow tenfold.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { countDocumentsRead, seededRandom } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { vessels } from '../src';
import { models, type ReportDoc } from '../src/models';
import { positionReport } from '../src/connectors/ais-encode';
import { AT, zones, registryA } from './feeds';

let hub: TestHub;
let admin: string;
const hourMs = 3600_000;
const ago = (hours: number) => new Date(AT.getTime() - hours * hourMs);

/** Places on either side of the test zones' borders: the port, the fishing zone, Vietnamese waters outside it, beyond them. */
const places = [
  { lat: 15.88, lon: 108.33 },
  { lat: 15.6, lon: 108.6 },
  { lat: 15.6, lon: 109.5 },
  { lat: 15.0, lon: 117.5 },
];

/**
 * V1 and V3 every 20 minutes over the 30 hours before AT, V9 every 3 hours with a two-day silence;
 * one report in four hops to a random place (few enough crossings for a window's 200 alerts).
 */
function reports(seed: number) {
  const rnd = seededRandom(seed);
  const out: { line: string; mmsi: number; at: Date }[] = [];
  const at: Record<number, (typeof places)[number]> = {};
  const fix = (mmsi: number, time: Date) => {
    if (!at[mmsi] || rnd.next() < 0.25) at[mmsi] = places[Math.floor(rnd.next() * places.length)];
    out.push({ mmsi, at: time, line: positionReport({ mmsi, at: time, ...at[mmsi], speed: 5, course: 90, status: 0 }) });
  };
  for (let k = 0; k < 90; k++) for (const mmsi of [574000001, 574000003]) fix(mmsi, ago(30 - k / 3));
  for (const h of [100, 97, 94, 40, 37, 34, 31, 28, 25, 22, 19, 16, 13, 10, 7, 4, 1]) fix(574000009, ago(h));
  return out;
}

type Polygon = { id: string; name: string; geometry: Parameters<typeof booleanPointInPolygon>[1] };
const polygonsOf = (feed: string): Polygon[] =>
  JSON.parse(feed)
    .features.filter((f: any) => f.properties.id !== 'bad')
    .map((f: any) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry }));

/** The zone changes between consecutive stored positions of each vessel, both in [start, end]. */
async function expectedCrossings(polygons: Polygon[], start: number, end: number) {
  const raw = await models(hub.subgraphs.vessels.db.connection).Report.find({ kind: 'POSITION' }).lean<ReportDoc[]>();
  const registration: Record<string, string> = { 574000001: 'QNa-90001-TS', 574000003: 'QNa-90003-TS', 574000009: 'QNa-90009-TS' };
  const out: string[] = [];
  for (const mmsi of Object.keys(registration)) {
    const track = raw
      .filter((r) => r.mmsi === mmsi && r.time.getTime() >= start && r.time.getTime() <= end)
      .sort((a, b) => a.time.getTime() - b.time.getTime());
    const inside = (r: ReportDoc) => new Set(polygons.filter((z) => booleanPointInPolygon([r.lon!, r.lat!], z.geometry)).map((z) => z.name));
    for (let i = 1; i < track.length; i++) {
      const [was, now] = [inside(track[i - 1]), inside(track[i])];
      for (const z of polygons) {
        if (was.has(z.name) !== now.has(z.name))
          out.push(`${was.has(z.name) ? 'vessels.zoneExit' : 'vessels.zoneEnter'} vessel:${registration[mmsi]} ${track[i].time.toISOString()} ${z.name}`);
      }
    }
  }
  return out.sort();
}

async function alertsOf(polygons: Polygon[], since: Date, at: Date) {
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at.toISOString()}") { alerts(since: "${since.toISOString()}") { code link time title } } } }`,
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  return r.data.province.vessels.alerts
    .filter((a: any) => a.code.startsWith('vessels.zone'))
    .map((a: any) => `${a.code} ${a.link} ${new Date(a.time).toISOString()} ${polygons.find((z) => a.title.includes(z.name))?.name}`)
    .sort();
}

const windows = [
  { since: ago(24), at: AT },
  { since: ago(30.2), at: ago(6.1) },
  { since: ago(12.5), at: ago(12.4) },
  { since: ago(100), at: ago(30) },
  { since: ago(50), at: ago(3) },
];

beforeAll(async () => {
  hub = await startTestHub([vessels], { fresh: ['vessels'], tag: 'ves-cross' });
  admin = await hub.token({ role: 'admin', scope: ['*'] });
  await hub.ingest('vessels', 'zones', zones);
  await hub.ingest('vessels', 'registry', registryA);
});
afterAll(() => hub?.stop());

test('crossings equal the pairwise comparison of the raw reports after out-of-order, duplicate and re-sent reports', async () => {
  const all = reports(9);
  const rnd = seededRandom(4);
  // The newer half first, then the older half shuffled; duplicates and re-sent lines with other values along the way.
  const newer = all.filter((r) => r.at >= ago(15));
  const older = all.filter((r) => r.at < ago(15)).sort(() => rnd.next() - 0.5);
  const resent = all
    .filter((_, i) => i % 7 === 0)
    .map((r) => positionReport({ mmsi: r.mmsi, at: r.at, ...places[(r.at.getTime() / 60_000) % 4], speed: 1, course: 0, status: 0 }));
  for (const part of [
    newer.map((r) => r.line),
    [...older.slice(0, 60).map((r) => r.line), ...newer.slice(0, 10).map((r) => r.line)],
    older.slice(60).map((r) => r.line),
    resent,
  ])
    expect((await hub.ingest('vessels', 'positions', part.join('\n'))).status).toBe(200);
  const polygons = polygonsOf(zones);
  for (const w of windows) {
    const expected = await expectedCrossings(polygons, w.since.getTime(), w.at.getTime());
    // Under the 200 alerts a window answers with, beside the silence alerts.
    expect(expected.length).toBeLessThan(190);
    expect(await alertsOf(polygons, w.since, w.at)).toEqual(expected);
  }
  expect((await alertsOf(polygons, ago(24), AT)).length).toBeGreaterThan(20);
});

test('a zones feed that moves a zone recomputes the crossings', async () => {
  const moved = zones.replace('[108.9, 15.3]', '[109.6, 15.3]').replace('[108.9, 16.0]', '[109.6, 16.0]');
  const changed = JSON.parse(moved);
  changed.features[1].geometry.coordinates[0] = [
    [108.3, 15.3],
    [109.6, 15.3],
    [109.6, 16.0],
    [108.3, 16.0],
    [108.3, 15.3],
  ];
  const feed = JSON.stringify(changed);
  expect((await hub.ingest('vessels', 'zones', feed)).body).toMatchObject({ accepted: 1 });
  const polygons = polygonsOf(feed);
  for (const w of windows) expect(await alertsOf(polygons, w.since, w.at)).toEqual(await expectedCrossings(polygons, w.since.getTime(), w.at.getTime()));
});

test("a province's alerts and fleet read the same documents when the positions held grow tenfold", async () => {
  const read = countDocumentsRead(hub.subgraphs.vessels.db.connection);
  const q = `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${AT.toISOString()}") { registered atSea silentOver6h alerts { code level } } } }`;
  const measure = async () => {
    const before = read();
    const r = await hub.query(q, { token: admin });
    expect(r.errors).toBeUndefined();
    return { docs: read() - before, data: r.data };
  };
  // Older positions of the same vessels every 2 minutes, moving between the places, before the window.
  const history = (from: number, n: number) =>
    Array.from({ length: n }, (_, k) =>
      positionReport({
        mmsi: k % 2 ? 574000003 : 574000001,
        at: ago(31 + (from + Math.floor(k / 2)) / 30),
        ...places[Math.floor(k / 2) % 4],
        speed: 5,
        course: 90,
        status: 0,
      }),
    ).join('\n');
  const held = await models(hub.subgraphs.vessels.db.connection).Report.countDocuments({ kind: 'POSITION' });
  expect((await hub.ingest('vessels', 'positions', history(0, held))).body.accepted).toBe(held);
  const small = await measure();
  // Ten times the positions held.
  expect((await hub.ingest('vessels', 'positions', history(held, 18 * held))).body.accepted).toBe(18 * held);
  const large = await measure();
  expect(large).toEqual(small);
  // Asked again with nothing ingested: the stamp alone.
  expect((await measure()).docs).toBe(1);
});

test('in-order batches read no track hour; a late report reads them; the crossings and the kept answers at an instant stay those of the raw reports', async () => {
  const client = hub.subgraphs.vessels.db.connection.getClient();
  let trackReads = 0;
  const count = (e: { commandName: string; command: Record<string, unknown> }) => {
    if (e.commandName === 'find' && e.command.find === 'trackHours') trackReads++;
  };
  client.on('commandStarted', count);
  const after = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);
  const hop = (mmsi: number, minutes: number, k: number) => positionReport({ mmsi, at: after(minutes), ...places[k % 4], speed: 5, course: 90, status: 0 });
  // The zones as held now (the test before moved one).
  const polygons: Polygon[] = (await models(hub.subgraphs.vessels.db.connection).Zone.find({}).lean()).map((z) => ({
    id: z._id,
    name: z.name,
    geometry: JSON.parse(z.geometry),
  }));
  const end = after(200);
  const asked = async () => {
    const r = await hub.query(
      `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${end.toISOString()}") { atSea inPort alerts { code link time title } } } }`,
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    return r.data.province.vessels;
  };
  const crossingsAsked = (alerts: { code: string; link: string; time: string; title: string }[]) =>
    alerts
      .filter((a) => a.code.startsWith('vessels.zone') && new Date(a.time) > AT)
      .map((a) => `${a.code} ${a.link} ${new Date(a.time).toISOString()} ${polygons.find((z) => a.title.includes(z.name))?.name}`)
      .sort();
  try {
    // Every 20 minutes after AT, each batch newer than all held: V1 and V3 hop between the places, V9 too.
    for (const from of [0, 60, 120]) {
      const lines = [20, 40, 60].flatMap((m) => [1, 3, 9].map((v) => hop(574000000 + v, from + m, (from + m) / 20 + v)));
      expect((await hub.ingest('vessels', 'positions', lines.join('\n'))).body.accepted).toBe(9);
    }
    expect(trackReads).toBe(0);
    const first = await asked();
    const expected = async () => (await expectedCrossings(polygons, end.getTime() - 24 * hourMs, end.getTime())).filter((c) => new Date(c.split(' ')[2]) > AT);
    expect(crossingsAsked(first.alerts)).toEqual(await expected());
    expect(crossingsAsked(first.alerts).length).toBeGreaterThan(5);
    // Late reports between kept ones, a vessel in port: its neighbours come from the track hours.
    const late = [positionReport({ mmsi: 574000001, at: after(130), ...places[0], speed: 0, course: 0, status: 5 }), hop(574000003, 70, 0)];
    expect((await hub.ingest('vessels', 'positions', late.join('\n'))).body.accepted).toBe(2);
    expect(trackReads).toBeGreaterThan(0);
    // The same instant asked again after the batch: the kept answer gave way to the new data.
    const second = await asked();
    expect(crossingsAsked(second.alerts)).toEqual(await expected());
    expect(crossingsAsked(second.alerts)).not.toEqual(crossingsAsked(first.alerts));
  } finally {
    client.off('commandStarted', count);
  }
});
