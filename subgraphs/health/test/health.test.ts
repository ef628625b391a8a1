import { startTestHub, type TestHub } from '@ioc/testing';
import { health } from '../src';
import { models } from '../src/models';
import { bundleA, bundleB, bundleC, bundle, org, enc } from './fhir-bundles';

// The database server is shared and slow (see kit README): a whole-hub test needs patience.
jest.setTimeout(600_000);

let hub: TestHub;
let leader48: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub([health], { fresh: ['health'], tag: 'hl' });
  leader48 = await hub.token({ role: 'leader', scope: ['48'] });
  officer = await hub.token({ role: 'officer', scope: ['*'] });
});
afterAll(() => hub?.stop());

const figures = 'visits admissions emergencies inpatientsNow beds bedOccupancy';
const jan = 'from: "2025-01-01", to: "2025-02-01"';

async function ok(query: string, token = leader48) {
  const r = await hub.query(query, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe('the fhir feed', () => {
  test('bundle A: 20 resources kept, 7 rejected, each reject naming field and value', async () => {
    const r = await hub.ingest('health', 'fhir', bundleA);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ accepted: 20, rejected: 7, unchanged: 0 });
    const rejects = (await ok('{ healthRejects(feed: "fhir") { field value reason raw } }', officer)).healthRejects;
    const byField = Object.fromEntries(rejects.map((x: any) => [`${x.field}=${x.value}`, x.reason]));
    expect(Object.keys(byField).sort()).toEqual([
      'address[0].extension[urn:vn:gso:commune].valueCode=99999',
      'birthDate=abc',
      'class.code=HH',
      'period.end=null',
      'period.start=2025-13-01T08:00:00+07:00',
      'serviceProvider=Organization/khong-co',
      'status=done',
    ]);
    expect(byField['status=done']).toMatch(/^status: "done" — không phải trạng thái Encounter FHIR/);
    expect(byField['address[0].extension[urn:vn:gso:commune].valueCode=99999']).toContain('"99999" — không phải mã xã/phường có hiệu lực ngày 2025-02-01');
    expect(byField['serviceProvider=Organization/khong-co']).toContain('không tìm thấy cơ sở KCB');
    expect(byField['period.end=null']).toContain('period.end: thiếu — lượt điều trị nội trú đã kết thúc (finished) cần thời điểm ra viện');
    // A rejected Patient keeps no name: de-identification runs before validation.
    expect(rejects.find((x: any) => x.field === 'birthDate').raw).not.toContain('Trần Văn B');
  });

  test('a Patient is kept de-identified: gender, birth year and commune only', async () => {
    const patients = await models(hub.subgraphs.health.db.connection).Resource.find({ kind: 'Patient' }).lean<any[]>();
    expect(patients).toHaveLength(1);
    const text = JSON.stringify(patients[0]);
    for (const personal of ['Nguyễn Thị Hoa', '0905123456', 'GD4494912345678', '1980-05-06', 'Phan Bội Châu', '"p1"']) expect(text).not.toContain(personal);
    expect(patients[0]).toMatchObject({ gender: 'female', birthYear: 1980, unit: { commune: '20335', current: { province: '48' } } });
  });

  test('the contract query, exactly as written, answers province 49 for January 2025', async () => {
    const d = await ok(
      '{ province(code: "49", asOf: "2025-03-01") { health(from: "2025-01-01", to: "2025-02-01") { visits admissions emergencies inpatientsNow beds bedOccupancy facilities { code name beds } } } }',
    );
    expect(d.province.health).toEqual({
      visits: 3,
      admissions: 7,
      emergencies: 1,
      inpatientsNow: 7,
      beds: 14,
      bedOccupancy: 0.5,
      facilities: [
        { code: '49001', name: 'Bệnh viện Đa khoa tỉnh Quảng Nam', beds: 10 },
        { code: '49002', name: 'Trung tâm Y tế thành phố Hội An', beds: 4 },
      ],
    });
  });

  test('per facility figures, indicators and the overload alert', async () => {
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) {
      censusAt facilities { code ${figures} }
      indicators { code value target status unit }
      alerts { code level title unitCode register link time } } } }`);
    const h = d.province.health;
    expect(h.censusAt).toBe('2025-02-01T00:00:00+07:00');
    expect(h.facilities).toEqual([
      { code: '49001', visits: 2, admissions: 2, emergencies: 1, inpatientsNow: 2, beds: 10, bedOccupancy: 0.2 },
      { code: '49002', visits: 1, admissions: 5, emergencies: 0, inpatientsNow: 5, beds: 4, bedOccupancy: 1.25 },
    ]);
    // 49002 is over capacity (125 % > 100 %): the worst indicator comes first.
    expect(h.indicators).toEqual([
      { code: 'health.overloadedFacilities', value: 1, target: 0, status: 'ALERT', unit: 'cơ sở' },
      { code: 'health.bedOccupancy', value: 50, target: 85, status: 'GOOD', unit: '%' },
    ]);
    expect(h.alerts).toEqual([
      {
        code: 'health.bedOverload',
        level: 'CRITICAL',
        unitCode: '20401',
        register: 'PRE_2025_07',
        link: 'facility:49002',
        time: '2025-02-01T00:00:00+07:00',
        title: 'Quá tải giường bệnh: Trung tâm Y tế thành phố Hội An — 125 % (5 người bệnh nội trú / 4 giường)',
      },
    ]);
    const later = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { alerts(since: "2025-02-02T00:00:00+07:00") { code } } } }`);
    expect(later.province.health.alerts).toEqual([]);
  });

  test('`now` before the end of the period moves the census: on 12 January 09:30 only e7, e11 and e12 are in', async () => {
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}, now: "2025-01-12T09:30:00+07:00") { inpatientsNow censusAt } } }`);
    // e5 (10–15 Jan) is in too: e7 (since Dec), e5, e11 (11 Jan), e12 (12 Jan 09:00) = 4.
    expect(d.province.health).toEqual({ inpatientsNow: 4, censusAt: '2025-01-12T09:30:00+07:00' });
  });

  test('province totals equal the sums over districts and over communes', async () => {
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { ${figures} }
      districts { code health(${jan}) { ${figures} } communes { code health(${jan}) { ${figures} } } } } }`);
    const p = d.province;
    const districts = p.districts.map((x: any) => x.health);
    const communes = p.districts.flatMap((x: any) => x.communes.map((c: any) => c.health));
    for (const k of ['visits', 'admissions', 'emergencies', 'inpatientsNow', 'beds'] as const) {
      expect(districts.reduce((s: number, h: any) => s + h[k], 0)).toBe(p.health[k]);
      expect(communes.reduce((s: number, h: any) => s + h[k], 0)).toBe(p.health[k]);
    }
    expect(p.districts.find((x: any) => x.code === '502').health).toEqual({
      visits: 2,
      admissions: 2,
      emergencies: 1,
      inpatientsNow: 2,
      beds: 10,
      bedOccupancy: 0.2,
    });
    expect(p.districts.find((x: any) => x.code === '503').communes.find((c: any) => c.code === '20401').health).toEqual({
      visits: 1,
      admissions: 5,
      emergencies: 0,
      inpatientsNow: 5,
      beds: 4,
      bedOccupancy: 1.25,
    });
  });

  test('a province-wide query costs a constant number of DB round trips, not one per unit', async () => {
    const before = hub.subgraphs.health.db.commands.count;
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { districts { code health(${jan}) { visits beds facilities { facility { code } } } } } }`);
    const queries = hub.subgraphs.health.db.commands.count - before;
    expect(d.province.districts).toHaveLength(17);
    expect(d.province.districts.find((x: any) => x.code === '503').health).toMatchObject({ visits: 1, beds: 4 });
    // The 17 districts in one batch of rollup documents read by `_id` (January, the census day's
    // month, the open stays, the facilities: 68, past the equality-read limit, so one query), after
    // the rollups' stamp (kit's cache.ts).
    expect(queries).toBeLessThanOrEqual(2);
  });

  test('access: another province sees nothing of these records; the public gets no health data', async () => {
    const nghean = await hub.token({ role: 'leader', scope: ['40'] });
    const other = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { ${figures} facilities { code } } } }`, nghean);
    // Out of scope is null, as for the public: zeros would say nothing happened there.
    expect(other.province.health).toBeNull();
    const own = await ok(`{ province(code: "40", asOf: "2025-03-01") { health(${jan}) { visits beds } } healthFacilities { code } }`, nghean);
    expect(own).toEqual({ province: { health: { visits: 1, beds: 5 } }, healthFacilities: [{ code: '40001' }] });
    const pub = await hub.query(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { visits } } healthFacilities { code } }`);
    expect(pub.data.province.health).toBeNull();
    expect(pub.data.healthFacilities).toEqual([]);
    const rejects = await hub.query('{ healthRejects { reason } }', { token: leader48 });
    expect(rejects.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a bad period is BAD_USER_INPUT naming the argument and the value', async () => {
    const r = await hub.query('{ province(code: "49", asOf: "2025-03-01") { health(from: "2025-02-01", to: "2025-01-01") { visits } } }', { token: leader48 });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('"to": "2025-01-01"');
  });

  test('out of order: an older version of e6 is unchanged, a newer e2 replaces the stored one', async () => {
    const r = await hub.ingest('health', 'fhir', bundleB);
    expect(r.body).toEqual({ accepted: 1, rejected: 0, unchanged: 1 });
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { visits inpatientsNow } } }`);
    // e2 now entered-in-error: 3 − 1 visits; e6 still in progress: 7 inpatients.
    expect(d.province.health).toEqual({ visits: 2, inpatientsNow: 7 });
  });

  test('re-sending bundle A changes nothing: every valid resource unchanged', async () => {
    const r = await hub.ingest('health', 'fhir', bundleA);
    // e2's stored version (10 Feb) is newer than A's: unchanged as well.
    expect(r.body).toEqual({ accepted: 0, rejected: 7, unchanged: 20 });
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { visits admissions inpatientsNow } } }`);
    expect(d.province.health).toEqual({ visits: 2, admissions: 7, inpatientsNow: 7 });
    const feeds = (
      await ok(
        '{ healthFeeds { sector feed lastOutcome lastSummary { accepted rejected unchanged } records rejects } }',
        await hub.token({ role: 'leader', scope: ['*'] }),
      )
    ).healthFeeds;
    expect(feeds).toEqual([
      { sector: 'health', feed: 'fhir', lastOutcome: 'OK_WITH_REJECTS', lastSummary: { accepted: 0, rejected: 7, unchanged: 20 }, records: 20, rejects: 7 },
    ]);
  });

  test('after the reform: 48 Đà Nẵng includes what was reported under 49, counting a re-exported facility once', async () => {
    const r = await hub.ingest('health', 'fhir', bundleC);
    expect(r.body).toEqual({ accepted: 3, rejected: 0, unchanged: 0 });
    const period = 'from: "2025-01-01", to: "2025-08-01"';
    const d = await ok(`{ province(code: "48") { health(${period}) { ${figures} facilities { code name beds } }
      communes { code health(${period}) { ${figures} } } } }`);
    // Visits e1, e3, e10, e30 (e2 entered in error); admissions e5, e6, e11–e15; emergencies e8, e9;
    // in on 1 August: e11–e15 (e6 left on 5 July); beds 12 (49001 today) + 4 (49002), not + 10 (49001 before).
    expect(d.province.health).toEqual({
      visits: 4,
      admissions: 7,
      emergencies: 2,
      inpatientsNow: 5,
      beds: 16,
      bedOccupancy: 5 / 16,
      facilities: [
        { code: '49001', name: 'Bệnh viện Đa khoa Quảng Nam', beds: 12 },
        { code: '49002', name: 'Trung tâm Y tế thành phố Hội An', beds: 4 },
      ],
    });
    for (const k of ['visits', 'admissions', 'emergencies', 'inpatientsNow', 'beds'] as const) {
      expect(d.province.communes.reduce((s: number, c: any) => s + c.health[k], 0)).toBe(d.province.health[k]);
    }
    // Before the reform, province 49 still has 49001 as it was then, and e6 (January) with it.
    const old = await ok(`{ province(code: "49", asOf: "2025-03-01") { health(${jan}) { beds admissions inpatientsNow } } }`);
    expect(old.province.health).toEqual({ beds: 14, admissions: 7, inpatientsNow: 7 });
    const f = await ok('{ healthFacilities(province: "48") { code beds commune { code name register } currentProvince { name } } }');
    expect(f.healthFacilities[0]).toEqual({
      code: '49001',
      beds: 12,
      commune: { code: '20335', name: 'Phường Bàn Thạch', register: 'FROM_2025_07' },
      currentProvince: { name: 'Thành phố Đà Nẵng' },
    });
  });

  test('a file that is not a FHIR Bundle is refused as a whole', async () => {
    const r = await hub.ingest('health', 'fhir', JSON.stringify({ resourceType: 'Bundle', type: 'searchset' }));
    expect(r.status).toBe(422);
    expect(r.body.error).toContain('Bundle.type "searchset"');
  });
});

describe('the backward rule and series (issues 8 and 12)', () => {
  // A clinic of Phường Tam Kỳ (20341: An Mỹ, An Xuân, Trường Xuân, all in old district 502 of old
  // province 49), exported after the reform with today's code, with February 2024 encounters; and a
  // twin exported before the reform with the old code of An Xuân (20347), with the same encounters
  // a month later.
  const stays = (prefix: string, month: string, provider: string) => [
    enc(`${prefix}1`, 'AMB', 'finished', `2024-${month}-05T08:00:00+07:00`, `2024-${month}-05T09:00:00+07:00`, provider, '2025-08-01T00:00:00Z'),
    enc(`${prefix}2`, 'AMB', 'finished', `2024-${month}-12T08:00:00+07:00`, `2024-${month}-12T09:00:00+07:00`, provider, '2025-08-01T00:00:00Z'),
    enc(`${prefix}3`, 'IMP', 'finished', `2024-${month}-10T08:00:00+07:00`, `2024-${month}-25T09:00:00+07:00`, provider, '2025-08-01T00:00:00Z'),
  ];

  test("a facility sent with today's code 20341 counts on old province 49 and district 502 as its old-code twin does", async () => {
    const today = bundle('collection', '2025-08-01T08:00:00+07:00', [
      org('t1', '49050', 'Phòng khám Tam Kỳ', '20341', 2, '2025-08-01T00:00:00Z'),
      ...stays('tk', '02', 'Organization/t1'),
    ]);
    const before = bundle('collection', '2024-06-01T08:00:00+07:00', [
      org('t2', '49051', 'Phòng khám An Xuân', '20347', 2, '2024-06-01T00:00:00Z'),
      ...stays('ax', '03', 'Organization/t2'),
    ]);
    expect((await hub.ingest('health', 'fhir', today)).body).toMatchObject({ accepted: 4, rejected: 0 });
    expect((await hub.ingest('health', 'fhir', before)).body).toMatchObject({ accepted: 4, rejected: 0 });
    const at = (from: string, to: string) => `health(from: "${from}", to: "${to}") { visits admissions inpatientsNow }`;
    const d = await ok(
      `{ p: province(code: "49", asOf: "2025-03-01") { feb: ${at('2024-02-01', '2024-03-01')} mar: ${at('2024-03-01', '2024-04-01')} }
      d: district(code: "502", asOf: "2025-03-01") { feb: ${at('2024-02-01', '2024-03-01')} mar: ${at('2024-03-01', '2024-04-01')} } }`,
      officer,
    );
    for (const u of [d.p, d.d]) {
      expect(u.feb).toEqual({ visits: 2, admissions: 1, inpatientsNow: 0 });
      expect(u.mar).toEqual(u.feb);
    }
  });

  test('series on a province, a district and a commune of both registers: the periods add up to the whole range', async () => {
    const units = [
      'province(code: "49", asOf: "2025-03-01")',
      'district(code: "502", asOf: "2025-03-01")',
      'commune(code: "20335", asOf: "2025-03-01")',
      'province(code: "48")',
      'commune(code: "20335")',
    ];
    const r = await ok(
      `{ ${units
        .map(
          (u, i) => `u${i}: ${u} { health(from: "2024-01-01", to: "2025-09-01", now: "2025-09-01T00:00:00+07:00") { visits admissions emergencies
      months: series(from: "2024-01-01", to: "2025-09-01", every: MONTH) { from to visits admissions emergencies inpatientsNow censusAt }
      weeks: series(from: "2024-01-01", to: "2025-09-01", every: WEEK) { visits } } }`,
        )
        .join('\n')} }`,
      officer,
    );
    for (let i = 0; i < units.length; i++) {
      const h = r[`u${i}`].health;
      expect(h.visits + h.admissions).toBeGreaterThan(0);
      expect(h.months).toHaveLength(20);
      for (const k of ['visits', 'admissions', 'emergencies']) expect(h.months.reduce((s: number, m: any) => s + m[k], 0)).toBe(h[k]);
      expect(h.weeks.reduce((s: number, m: any) => s + m.visits, 0)).toBe(h.visits);
      expect(h.months[0].censusAt).toBe('2024-02-01T00:00:00+07:00');
    }
    // Province 49's January 2025 census in the series equals the figure asked alone (7, as above).
    expect(r.u0.health.months[12]).toMatchObject({ from: '2025-01-01', to: '2025-02-01', inpatientsNow: 7 });
  });
});
