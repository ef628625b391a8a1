/**
 * Bounds a caller cannot get around, through the real gateway over five sectors fed with the
 * contract feeds: every list that grows with data takes `first` with a default and a maximum
 * (a larger value is a Vietnamese error naming the argument and the value), GraphQL's own argument
 * errors reach users in Vietnamese with their code kept, and a unit without air stations still
 * answers its indicators (no value, WATCH).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { procedures } from '@ioc/procedures';
import { health } from '@ioc/health';
import { land } from '@ioc/land';
import { environment } from '@ioc/environment';
import { vessels } from '@ioc/vessels';
import { startTestHub, type TestHub } from '@ioc/testing';
import { contractFeeds } from './contract-feeds';
import { schemaFacts } from '../src/limits/schema-facts';
import { measureQuery } from '../src/limits/measure';
import { gatewaySettings } from '../src/settings';

let hub: TestHub;
let token: string;

const zone = (id: string, name: string, x: number) => ({
  type: 'Feature',
  properties: { id, kind: 'FISHING_ZONE', name, approximate: true, source: 'test' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 15],
        [x + 0.5, 15],
        [x + 0.5, 15.5],
        [x, 15.5],
        [x, 15],
      ],
    ],
  },
});

beforeAll(async () => {
  const sectors = [procedures, health, land, environment, vessels];
  hub = await startTestHub(sectors, { fresh: sectors.map((s) => s.name), tag: 'bounds' });
  token = await hub.token({ role: 'leader', scope: ['*'] });
  for (const [sector, feed, body] of contractFeeds.filter(([s]) => sectors.some((x) => x.name === s))) {
    const r = await hub.ingest(sector, feed, body);
    expect({ sector, feed, ...r.body }).toMatchObject({ sector, feed, rejected: 0 });
  }
  const zones = JSON.stringify({ type: 'FeatureCollection', features: [zone('Z2', 'Vùng thử hai', 109), zone('Z1', 'Vùng thử một', 110)] });
  expect((await hub.ingest('vessels', 'zones', zones)).body).toMatchObject({ rejected: 0 });
});
afterAll(() => hub?.stop());

const ask = (query: string, variables?: Record<string, unknown>) => hub.query(query, { token, variables }) as Promise<any>;

/** Each bounded list: where it sits in a query, how to read it from the answer, and its maximum. */
const lists: { name: string; query: (args: string) => string; read: (d: any) => any[]; max: number }[] = [
  {
    name: 'HealthStats.facilities',
    query: (a) => `{ province(code: "48") { health(from: "2025-01-01", to: "2025-02-01") { facilities${a} { code } } } }`,
    read: (d) => d.province.health.facilities,
    max: 1000,
  },
  {
    name: 'HealthStats.alerts',
    query: (a) => `{ province(code: "48") { health(from: "2025-01-01", to: "2025-02-01") { alerts${a} { code } } } }`,
    read: (d) => d.province.health.alerts,
    max: 200,
  },
  {
    name: 'EnvironmentStats.stations',
    query: (a) => `{ province(code: "48") { environment { stations${a} { code } } } }`,
    read: (d) => d.province.environment.stations,
    max: 500,
  },
  {
    name: 'EnvironmentStats.alerts',
    query: (a) => `{ province(code: "48") { environment { alerts${a} { code } } } }`,
    read: (d) => d.province.environment.alerts,
    max: 200,
  },
  { name: 'Query.vesselsZones', query: (a) => `{ vesselsZones${a} { id } }`, read: (d) => d.vesselsZones, max: 1000 },
  {
    name: 'VesselStats.alerts',
    query: (a) => `{ province(code: "48") { vessels { alerts${a} { code } } } }`,
    read: (d) => d.province.vessels.alerts,
    max: 200,
  },
  {
    name: 'ProcedureStats.byField',
    query: (a) => `{ province(code: "48") { procedures(from: "2025-01-01", to: "2025-03-01") { byField${a} { received } } } }`,
    read: (d) => d.province.procedures.byField,
    max: 500,
  },
  {
    name: 'ProcedureStats.byAgency',
    query: (a) => `{ province(code: "48") { procedures(from: "2025-01-01", to: "2025-03-01") { byAgency${a} { received } } } }`,
    read: (d) => d.province.procedures.byAgency,
    max: 500,
  },
  {
    name: 'ProcedureStats.alerts',
    query: (a) => `{ province(code: "48") { procedures(from: "2025-01-01", to: "2025-03-01", now: "2025-03-01T00:00:00+07:00") { alerts${a} { code } } } }`,
    read: (d) => d.province.procedures.alerts,
    max: 200,
  },
  {
    name: 'LandStats.alerts',
    query: (a) => `{ province(code: "48") { land { alerts${a} { code } } } }`,
    read: (d) => d.province.land.alerts,
    max: 200,
  },
];

describe('every list that grows with data takes a bounded `first`', () => {
  test.each(lists.map((l) => [l.name, l] as const))(
    '%s: the default answers all, `first` cuts, a value over the maximum is refused in Vietnamese',
    async (_n, l) => {
      const all = await ask(l.query(''));
      expect(all.errors).toBeUndefined();
      const one = await ask(l.query('(first: 1)'));
      expect(one.errors).toBeUndefined();
      expect(l.read(one.data)).toEqual(l.read(all.data).slice(0, 1));
      const over = await ask(l.query(`(first: ${l.max + 1})`));
      expect(over.errors).toHaveLength(1);
      expect(over.errors[0].message).toBe(`Giá trị không hợp lệ cho "first": ${l.max + 1} — cần số nguyên từ 1 đến ${l.max}`);
      expect(over.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', value: l.max + 1 });
      expect((await ask(l.query(`(first: ${l.max})`))).errors).toBeUndefined();
    },
  );

  test('the lists the feeds filled hold more than one entry, so the cut above is seen', async () => {
    const d = (await ask(lists[0].query(''))).data;
    expect(lists[0].read(d).length).toBeGreaterThan(1);
    expect((await ask(lists[4].query(''))).data.vesselsZones.map((z: any) => z.id)).toEqual(['Z1', 'Z2']);
    expect(lists[8].read((await ask(lists[8].query(''))).data).length).toBeGreaterThan(0);
  });

  test("the gateway's cost gate counts a list left without `first` at its SDL default, and at `first` when given", () => {
    const facts = schemaFacts(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
    const cost = (q: string) => measureQuery(parse(q), facts, gatewaySettings({})).cost;
    expect(cost('{ vesselsZones { id } }')).toBe(200);
    expect(cost('{ vesselsZones(first: 7) { id } }')).toBe(7);
    const stations = (a: string) => cost(`{ province(code: "48") { environment { stations${a} { code } } } }`);
    expect(stations('') - stations('(first: 1)')).toBe(99);
  });
});

describe("GraphQL's own argument errors reach users in Vietnamese, naming the argument and the value, with their code", () => {
  const series = (every: string) =>
    `{ province(code: "48") { procedures(from: "2025-01-01", to: "2025-03-01") { series(from: "2025-01-01", to: "2025-03-01"${every}) { from } } } }`;

  test('an enum value that does not exist, written in the query', async () => {
    const r = await ask(series(', every: DAILY'));
    expect(r.status).toBe(400);
    expect(r.errors[0].message).toBe('Giá trị không hợp lệ cho "every": DAILY — không phải giá trị của Period; cần một trong: DAY, WEEK, MONTH, QUARTER');
    expect(r.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argument: 'every', value: 'DAILY' });
  });

  test('an enum value that does not exist, sent as a variable', async () => {
    const q = `query($e: Period!) { province(code: "48") { procedures(from: "2025-01-01", to: "2025-03-01") { series(from: "2025-01-01", to: "2025-03-01", every: $e) { from } } } }`;
    const r = await ask(q, { e: 'DAILY' });
    expect(r.errors[0].message).toBe('Giá trị không hợp lệ cho "every": "DAILY" — không phải giá trị của Period; cần một trong: DAY, WEEK, MONTH, QUARTER');
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'every', value: '"DAILY"' });
  });

  test('a string where an Int goes, a missing required argument, an unknown argument', async () => {
    const text = await ask('{ vesselsZones(first: "ten") { id } }');
    expect(text.errors[0].message).toBe('Giá trị không hợp lệ cho "first": "ten" — cần một số nguyên');
    expect(text.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argument: 'first' });
    const missing = await ask(series(''));
    expect(missing.errors[0].message).toBe('Thiếu tham số bắt buộc "every" (kiểu Period!) của trường "series"');
    expect(missing.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argument: 'every' });
    const unknown = await ask('{ vesselsZones(frist: 1) { id } }');
    expect(unknown.errors[0].message).toBe('Trường "Query.vesselsZones" không có tham số "frist"; có phải ý bạn là "first"?');
    expect(unknown.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argument: 'frist' });
  });
});

describe('environment indicators of a unit without stations', () => {
  test('answer both indicators with no value and status WATCH, as every sector does without data', async () => {
    const q = (code: string) => `{ province(code: "${code}") { environment { stationCount indicators { code value status } } } }`;
    const none = await ask(q('40'));
    expect(none.errors).toBeUndefined();
    expect(none.data.province.environment.stationCount).toBe(0);
    const withStation = (await ask(q('48'))).data.province.environment.indicators;
    expect(none.data.province.environment.indicators).toEqual(withStation.map((i: any) => ({ code: i.code, value: null, status: 'WATCH' })));
    expect(withStation.some((i: any) => i.value !== null)).toBe(true);
  });
});

describe('a stored value a later catalogue no longer knows', () => {
  test('a parcel whose land-use code left the catalogue answers a clear error naming the code, not a crash', async () => {
    const parcels = hub.subgraphs.land.db.connection.collection<{ _id: string }>('parcels');
    expect((await parcels.updateOne({ _id: '20335-1-1' }, { $set: { uses: ['ZZZ'] } })).matchedCount).toBe(1);
    const r = await ask(`{ landParcel(commune: "20335", sheet: 1, number: 1) { id use { code name } } }`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toBe('Mã loại đất "ZZZ" của thửa không còn trong danh mục');
    expect(r.errors[0].extensions).toMatchObject({ code: 'UNKNOWN_LAND_USE', value: 'ZZZ' });
  });
});
