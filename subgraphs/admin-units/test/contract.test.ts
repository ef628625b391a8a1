import { startTestHub, type TestHub } from '@ioc/testing';
import { unitRegisters } from '@ioc/kit';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([]);
});
afterAll(() => hub?.stop());

const db = () => hub.subgraphs['admin-units'].db.commands;

describe('the contract operations through the gateway', () => {
  test('old register: 63 provinces, 696 districts, 10,047 communes, per-province counts as in the source, without a DB query', async () => {
    const before = db().count;
    const r = await hub.query(`{ provinces(asOf: "2025-03-01") { code name type districts { code name type communes { code name type } } } }`);
    const queries = db().count - before;
    expect(r.errors).toBeUndefined();
    const provinces = r.data.provinces;
    expect(provinces).toHaveLength(63);
    expect(provinces.flatMap((p: any) => p.districts)).toHaveLength(696);
    expect(provinces.flatMap((p: any) => p.districts.flatMap((d: any) => d.communes))).toHaveLength(10047);
    const reg = unitRegisters();
    for (const p of provinces) {
      const source = reg.list('PRE_2025_07', 'COMMUNE').filter((c) => c.province === p.code).length;
      expect(p.districts.flatMap((d: any) => d.communes).length).toBe(source);
    }
    const hn = provinces.find((p: any) => p.code === '01');
    expect(hn).toMatchObject({ name: 'Thành phố Hà Nội', type: 'Thành phố Trung ương' });
    expect(hn.districts[0]).toMatchObject({ code: '001', name: 'Quận Ba Đình', type: 'Quận' });
    expect(hn.districts[0].communes[1]).toEqual({ code: '00004', name: 'Phường Trúc Bạch', type: 'Phường' });
    // The registers answer from memory: any DB read here (let alone one per unit) is a regression.
    expect(queries).toBe(0);
  });

  test("today's register: 34 provinces and 3,321 communes, no districts", async () => {
    const r = await hub.query(`{ provinces { code name communes { code name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.provinces).toHaveLength(34);
    expect(r.data.provinces.flatMap((p: any) => p.communes)).toHaveLength(3321);
    const dn = r.data.provinces.find((p: any) => p.code === '48');
    expect(dn.name).toBe('Thành phố Đà Nẵng');
    const t = await hub.query(`{ provinces { code type districts { code } } }`);
    expect(t.data.provinces.every((p: any) => p.districts.length === 0)).toBe(true);
    expect(t.data.provinces.find((p: any) => p.code === '37').type).toBe('Tỉnh');
    expect(t.data.provinces.find((p: any) => p.code === '48').type).toBe('Thành phố Trung ương');
  });

  test('province 49 with district boundaries as GeoJSON, read in one DB query; Nông Sơn (merged 2025-01-01) has none', async () => {
    const before = db().count;
    const r = await hub.query(`{ province(code: "49", asOf: "2025-03-01") { code name districts { code name boundary } } }`);
    expect(db().count - before).toBe(1);
    expect(r.errors).toBeUndefined();
    expect(r.data.province.name).toBe('Tỉnh Quảng Nam');
    const ds = r.data.province.districts;
    expect(ds).toHaveLength(17);
    expect(ds.find((d: any) => d.code === '519')).toBeUndefined();
    for (const d of ds) {
      expect(d.boundary.type).toBe('MultiPolygon');
      const [lon, lat] = d.boundary.coordinates[0][0][0];
      expect(lon).toBeGreaterThan(107);
      expect(lon).toBeLessThan(109);
      expect(lat).toBeGreaterThan(14.5);
      expect(lat).toBeLessThan(16.5);
    }
  });

  test('district 502 and commune 20335 with their parents', async () => {
    const d = await hub.query(`{ district(code: "502", asOf: "2025-03-01") { code name province { code name } communes { code } } }`);
    expect(d.data.district).toMatchObject({ code: '502', name: 'Thành phố Tam Kỳ', province: { code: '49', name: 'Tỉnh Quảng Nam' } });
    expect(d.data.district.communes.map((c: any) => c.code)).toContain('20335');
    const c = await hub.query(`{ commune(code: "20335", asOf: "2025-03-01") { code name district { code } province { code } } }`);
    expect(c.data.commune).toMatchObject({ code: '20335', district: { code: '502' }, province: { code: '49' } });
  });

  test('a code names one unit per register: 00004 was Trúc Bạch and is now Ba Đình', async () => {
    const r = await hub.query(
      `{ old: commune(code: "00004", asOf: "2025-03-01") { name register } now: commune(code: "00004") { name register district { code } } }`,
    );
    expect(r.data.old).toEqual({ name: 'Phường Trúc Bạch', register: 'PRE_2025_07' });
    expect(r.data.now).toEqual({ name: 'Phường Ba Đình', register: 'FROM_2025_07', district: null });
  });

  test('unknown codes are null; malformed codes and dates are BAD_USER_INPUT naming argument and value', async () => {
    const r = await hub.query(`{ province(code: "99") { code } commune(code: "99999", asOf: "2025-03-01") { code } district(code: "502") { code } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ province: null, commune: null, district: null });
    for (const [q, argument, value] of [
      ['{ province(code: "4x") { code } }', 'code', '4x'],
      ['{ commune(code: "2033") { code } }', 'code', '2033'],
      ['{ provinces(asOf: "2025-02-30") { code } }', 'asOf', '2025-02-30'],
      ['{ province(code: "49", asOf: "yesterday") { code } }', 'asOf', 'yesterday'],
    ]) {
      const e = await hub.query(q);
      expect(e.errors).toHaveLength(1);
      expect(e.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, value });
      expect(e.errors![0].message).toContain(argument);
      expect(e.errors![0].message).toContain(value);
    }
  });
});
