import { startTestHub, type TestHub } from '@ioc/testing';
import { vessels } from '../src';
import { AT, zones, registryA, registryB, registryOld, positionsP1, positionsP2 } from './feeds';

let hub: TestHub;
let leader48: string;
const at = AT.toISOString();
const fleetFields = 'registered registeredAllLengths atSea inPort noPosition silentOver6h silentOver10d';

beforeAll(async () => {
  hub = await startTestHub([vessels], { fresh: ['vessels'], tag: 'ves' });
  leader48 = await hub.token({ role: 'leader', scope: ['48'] });
});
afterAll(() => hub?.stop());

describe('vessels through the gateway', () => {
  it('ingests zones, registry and positions with exact summaries', async () => {
    expect((await hub.ingest('vessels', 'zones', zones)).body).toEqual({ accepted: 3, rejected: 1, unchanged: 0 });
    expect((await hub.ingest('vessels', 'registry', registryA)).body).toEqual({ accepted: 9, rejected: 4, unchanged: 0 });
    // A newer row replaces V2; an older row arriving afterwards is ignored.
    expect((await hub.ingest('vessels', 'registry', registryB)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    expect((await hub.ingest('vessels', 'registry', registryOld)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
    // 7 new reports; the duplicate line is unchanged; bad checksum and missing tag block are rejects.
    expect((await hub.ingest('vessels', 'positions', positionsP1)).body).toEqual({ accepted: 7, rejected: 2, unchanged: 1 });
    expect((await hub.ingest('vessels', 'positions', positionsP2)).body).toEqual({ accepted: 4, rejected: 0, unchanged: 0 });
  });

  it('re-sending the same feeds changes nothing', async () => {
    expect((await hub.ingest('vessels', 'registry', registryA)).body).toEqual({ accepted: 0, rejected: 4, unchanged: 9 });
    // 7 stored + the in-file duplicate.
    expect((await hub.ingest('vessels', 'positions', positionsP1)).body).toEqual({ accepted: 0, rejected: 2, unchanged: 8 });
    const r = await hub.query(`{ vessel(registration: "QNa-90002-TS") { lengthM updatedOn vmsRequired } }`, { token: leader48 });
    expect(r.data.vessel).toEqual({ lengthM: 14.5, updatedOn: '2025-02-01', vmsRequired: false });
  });

  it('gives the figures of province 49, its districts and communes at AT', async () => {
    const r = await hub.query(
      `{ province(code: "49", asOf: "2025-03-01") {
      vessels(at: "${at}") { ${fleetFields} }
      districts { code vessels(at: "${at}") { ${fleetFields} } }
      communes { code vessels(at: "${at}") { registered atSea inPort noPosition silentOver6h silentOver10d } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const p = r.data.province;
    // 49 holds V1–V6 and V9 (7), and V8, reported under today's 20401, which the backward rule
    // gives to old 20401 (district 503) as every sector's figures do: 8. Of 15 m and over: V1, V3,
    // V4 (15,0 m), V6, V8, V9 (V2 is 14.5 m, V5 12 m). V1 at sea (1 h), V4 at sea (15 d: over 6 h
    // and over 10 d), V9 at sea (8 h: over 6 h), V3 in the port zone, V6 and V8 have no MMSI.
    expect(p.vessels).toEqual({ registered: 6, registeredAllLengths: 8, atSea: 3, inPort: 1, noPosition: 2, silentOver6h: 2, silentOver10d: 1 });
    const d = Object.fromEntries(p.districts.filter((x: any) => x.vessels.registeredAllLengths > 0).map((x: any) => [x.code, x.vessels]));
    // 502: V1, V4, V5. 503: V2, V3, V6, V8, V9.
    expect(d).toEqual({
      502: { registered: 2, registeredAllLengths: 3, atSea: 2, inPort: 0, noPosition: 0, silentOver6h: 1, silentOver10d: 1 },
      503: { registered: 4, registeredAllLengths: 5, atSea: 1, inPort: 1, noPosition: 2, silentOver6h: 1, silentOver10d: 0 },
    });
    for (const k of ['registered', 'atSea', 'inPort', 'noPosition', 'silentOver6h', 'silentOver10d']) {
      const sum = (list: any[]) => list.reduce((s, x) => s + x.vessels[k], 0);
      expect(sum(p.districts)).toBe(p.vessels[k]);
      expect(sum(p.communes)).toBe(p.vessels[k]);
    }
  });

  it('counts records reported under 49 in the new province 48', async () => {
    const r = await hub.query(
      `{ province(code: "48", asOf: "2025-08-01") { vessels(at: "${at}") { registered registeredAllLengths noPosition } }
      commune(code: "20401", asOf: "2025-08-01") { vessels(at: "${at}") { registered } } }`,
      { token: leader48 },
    );
    // 49's five VMS-bound vessels + V8 (reported under 48 after the reform, no MMSI).
    expect(r.data.province.vessels).toEqual({ registered: 6, registeredAllLengths: 8, noPosition: 2 });
    // New 20401 took old 20401 (V2, V3, V6) and holds V8; V9's old 20398 went to 20410.
    expect(r.data.commune.vessels).toEqual({ registered: 3 });
  });

  it('scopes: another province sees nothing, the public gets no data', async () => {
    const q = `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at}") { registered atSea } } vessel(registration: "QNa-90001-TS") { name } }`;
    const other = await hub.query(q, { token: await hub.token({ role: 'leader', scope: ['40'] }) });
    expect(other.data).toEqual({ province: { vessels: null }, vessel: null });
    const anon = await hub.query(q);
    expect(anon.data).toEqual({ province: { vessels: null }, vessel: null });
    const nghean = await hub.query(`{ province(code: "40", asOf: "2025-03-01") { vessels(at: "${at}") { registered atSea } } }`, {
      token: await hub.token({ role: 'leader', scope: ['40'] }),
    });
    expect(nghean.data.province.vessels).toEqual({ registered: 1, atSea: 1 });
  });

  it('answers the contract query exactly as written', async () => {
    const r = await hub.query('{ province(code: "49", asOf: "2025-03-01") { vessels { registered atSea inPort silentOver6h silentOver10d } } }', {
      token: leader48,
    });
    expect(r.errors).toBeUndefined();
    // Asked now (long after the test reports), every vessel with a position is silent over 10 days.
    // V8 (reported under today's 20401) counts in old 49 by the backward rule.
    expect(r.data.province.vessels).toEqual({ registered: 6, atSea: 3, inPort: 1, silentOver6h: 3, silentOver10d: 4 });
  });

  it('gives latest position, track, state and the AIS name of a vessel', async () => {
    const r = await hub.query(
      `{ vessel(registration: "QNa-90001-TS") {
      name mmsi aisName ownerCommune { code register } state(at: "${at}")
      latestPosition(at: "${at}") { time lat lon source zones }
      track(from: "2025-02-28", to: "2025-03-02") { time source speed status zones } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const v = r.data.vessel;
    expect(v).toMatchObject({
      name: 'Tàu Một',
      mmsi: '574000001',
      aisName: 'QNA 90001 TS',
      ownerCommune: { code: '20335', register: 'PRE_2025_07' },
      state: 'AT_SEA',
    });
    // P2's older reports (sent after P1) did not displace the newest one.
    expect(v.latestPosition).toEqual({
      time: '2025-03-01T11:00:00+07:00',
      lat: 15.55,
      lon: 108.65,
      source: 'AIS',
      zones: ['Vùng lộng Quảng Nam (thử)', 'Vùng biển Việt Nam (thử)'],
    });
    expect(v.track.map((p: any) => p.time)).toEqual(['2025-02-28T06:00:00+07:00', '2025-03-01T07:00:00+07:00', '2025-03-01T11:00:00+07:00']);
    expect(v.track[0]).toMatchObject({ speed: 0, status: 5, zones: ['Cảng cá Hội An (thử)', 'Vùng lộng Quảng Nam (thử)', 'Vùng biển Việt Nam (thử)'] });
    const bad = await hub.query('{ vessel(registration: "QNa-90001-TS") { track(from: "2025-03-02", to: "2025-03-01") { time } } }', { token: leader48 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('"2025-03-01"');
  });

  it('raises silence and zone alerts, most severe first, and indicators', async () => {
    const r = await hub.query(
      `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at}") {
      alerts { code level link unitCode time }
      indicators { code value target status }
      silentVessels { registration } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const f = r.data.province.vessels;
    expect(f.alerts.map((a: any) => [a.code, a.level, a.link, a.time])).toEqual([
      ['vessels.zoneExit', 'CRITICAL', 'vessel:QNa-90009-TS', '2025-03-01T04:00:00+07:00'],
      ['vessels.silent10d', 'CRITICAL', 'vessel:QNa-90004-TS', '2025-02-24T12:00:00+07:00'],
      ['vessels.silent6h', 'WARNING', 'vessel:QNa-90009-TS', '2025-03-01T10:00:00+07:00'],
      ['vessels.zoneExit', 'WARNING', 'vessel:QNa-90009-TS', '2025-03-01T04:00:00+07:00'],
      ['vessels.zoneEnter', 'INFO', 'vessel:QNa-90003-TS', '2025-03-01T09:00:00+07:00'],
    ]);
    // At sea: V1 (1 h), V4, V9 → 1 of 3 within 2 h = 33.3 %.
    expect(f.indicators).toEqual([
      { code: 'vessels.reportingOnTime', value: 33.3, target: 100, status: 'ALERT' },
      { code: 'vessels.silentOver10d', value: 1, target: 0, status: 'ALERT' },
    ]);
    expect(f.silentVessels).toEqual([{ registration: 'QNa-90004-TS' }]);
  });

  it('lists the fleet of a unit with state and latest position, silent vessels first, bounded by first', async () => {
    const r = await hub.query(
      `{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at}") {
      registered atSea inPort noPosition silentOver6h
      fleet { vessel { registration latestPosition(at: "${at}") { time lat lon } } state silentOver6h silentHours position { time lat lon } } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const f = r.data.province.vessels;
    // V4 (15 d) and V9 (8 h) silent at sea, V1 at sea, V3 in port, V6 and V8 (held by old 49's communes by the backward rule) without MMSI.
    expect(f.fleet.map((x: any) => [x.vessel.registration, x.state, x.silentOver6h])).toEqual([
      ['QNa-90004-TS', 'AT_SEA', true],
      ['QNa-90009-TS', 'AT_SEA', true],
      ['QNa-90001-TS', 'AT_SEA', false],
      ['QNa-90003-TS', 'IN_PORT', false],
      ['QNa-90006-TS', 'NO_POSITION', false],
      ['ĐNa-90008-TS', 'NO_POSITION', false],
    ]);
    // The list agrees with the counts and with each vessel's own latest position.
    expect(f.fleet).toHaveLength(f.registered);
    const count = (p: (x: any) => boolean) => f.fleet.filter(p).length;
    expect([
      count((x) => x.state === 'AT_SEA'),
      count((x) => x.state === 'IN_PORT'),
      count((x) => x.state === 'NO_POSITION'),
      count((x) => x.silentOver6h),
    ]).toEqual([f.atSea, f.inPort, f.noPosition, f.silentOver6h]);
    for (const x of f.fleet) expect(x.position).toEqual(x.vessel.latestPosition);
    expect(f.fleet[1].silentHours).toBeCloseTo(8, 5);
    expect(f.fleet[4]).toMatchObject({ position: null, silentHours: null });

    const two = await hub.query(`{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at}") { fleet(first: 2) { vessel { registration } } } } }`, {
      token: leader48,
    });
    expect(two.data.province.vessels.fleet).toEqual([{ vessel: { registration: 'QNa-90004-TS' } }, { vessel: { registration: 'QNa-90009-TS' } }]);
    const tooMany = await hub.query(`{ province(code: "49", asOf: "2025-03-01") { vessels(at: "${at}") { fleet(first: 2001) { state } } } }`, {
      token: leader48,
    });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toContain('first');
  });

  it('keeps rejects with field and value, and feed freshness', async () => {
    const officer = await hub.token({ role: 'officer', scope: ['*'] });
    const r = await hub.query('{ vesselsRejects(feed: "registry") { field value reason } vesselsFeeds { feed records rejects lastOutcome } }', {
      token: officer,
    });
    expect(r.errors).toBeUndefined();
    const byField = Object.fromEntries(r.data.vesselsRejects.map((x: any) => [x.field, x.reason]));
    expect(Object.keys(byField).sort()).toEqual(['ChieuDai', 'MMSI', 'MaXaChuTau', 'SoDangKy']);
    expect(byField.ChieuDai).toContain('ChieuDai: "abc"');
    expect(byField.MaXaChuTau).toContain('"99999"');
    expect(byField.SoDangKy).toContain('"QNA90010TS"');
    expect(r.data.vesselsFeeds).toEqual([
      { feed: 'zones', records: 3, rejects: 1, lastOutcome: 'OK_WITH_REJECTS' },
      { feed: 'registry', records: 9, rejects: 4, lastOutcome: 'OK_WITH_REJECTS' },
      { feed: 'positions', records: 11, rejects: 2, lastOutcome: 'OK_WITH_REJECTS' },
    ]);
    // By id, whatever order the feed sent them in.
    const zonesList = await hub.query('{ vesselsZones { id kind approximate geometry } }', { token: leader48 });
    expect(zonesList.data.vesselsZones.map((z: any) => [z.id, z.kind, z.approximate, z.geometry.type])).toEqual([
      ['fz-qnam', 'FISHING_ZONE', true, 'Polygon'],
      ['port-hoi-an', 'PORT', true, 'Polygon'],
      ['vn-sea', 'NATIONAL_BOUNDARY', true, 'Polygon'],
    ]);
    const pos = await hub.query('{ vesselsRejects(feed: "positions") { field reason } }', { token: officer });
    expect(pos.data.vesselsRejects.map((x: any) => x.field).sort()).toEqual(['NMEA', 'c']);
    expect((await hub.query('{ vesselsRejects { reason } }', { token: leader48 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes a constant number of queries for every province or district', async () => {
    const db = hub.subgraphs.vessels.db;
    const count = async (q: string) => {
      const token = await hub.token({ role: 'admin', scope: ['*'] });
      const before = { count: db.commands.count, byName: { ...db.commands.byName } };
      const r = await hub.query(q, { token });
      expect(r.errors).toBeUndefined();
      const spent = Object.fromEntries(
        Object.entries(db.commands.byName)
          .map(([k, v]) => [k, v - (before.byName[k] ?? 0)])
          .filter(([, v]) => v),
      );
      return { total: db.commands.count - before.count, spent };
    };
    const provinces = await count(`{ provinces(asOf: "2025-03-01") { code vessels(at: "${at}") { registered atSea inPort silentOver6h silentOver10d } } }`);
    const districts = await count(`{ province(code: "49", asOf: "2025-03-01") { districts { vessels(at: "${at}") { registered atSea silentOver10d } } } }`);
    // The stamp, and the register in the admin's scope, asked for the first time; the newest states
    // and the zones the process keeps from earlier questions (kept.ts). No report is read, as every
    // newest position held is before `at`.
    expect(provinces).toEqual({ total: 2, spent: { find: 2 } });
    // Asked again with nothing ingested since: the stamp alone.
    expect(districts).toEqual({ total: 1, spent: { find: 1 } });
  });
});
