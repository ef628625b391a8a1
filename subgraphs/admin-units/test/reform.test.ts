import { startTestHub, type TestHub } from '@ioc/testing';
import { unitRegisters } from '@ioc/kit';

let hub: TestHub;
// The 3,321-commune query below runs under the default public limits, as a partner would send it.
beforeAll(async () => {
  hub = await startTestHub([]);
});
afterAll(() => hub?.stop());

const ok = async (q: string) => {
  const r = await hub.query(q);
  expect(r.errors).toBeUndefined();
  return r.data;
};

describe('the 2025 reform on the entities', () => {
  test('old 49 → new 48 Thành phố Đà Nẵng; old 35 → new 37', async () => {
    const d = await ok(`{ province(code: "49", asOf: "2025-03-01") { name successors { unit { code name } share } } }`);
    expect(d.province).toEqual({ name: 'Tỉnh Quảng Nam', successors: [{ unit: { code: '48', name: 'Thành phố Đà Nẵng' }, share: 'FULL' }] });
    const h = await ok(`{ province(code: "35", asOf: "2025-03-01") { successors { unit { code } share } } }`);
    expect(h.province.successors).toEqual([{ unit: { code: '37' }, share: 'FULL' }]);
  });

  test("new 48's predecessors are exactly old 48 and 49, and its communes are the new ones", async () => {
    const d = await ok(`{ province(code: "48") { name predecessors { unit { code name } share } communes { code } } }`);
    expect(d.province.predecessors).toEqual([
      { unit: { code: '48', name: 'Thành phố Đà Nẵng' }, share: 'FULL' },
      { unit: { code: '49', name: 'Tỉnh Quảng Nam' }, share: 'FULL' },
    ]);
    expect(d.province.communes.length).toBe(
      unitRegisters()
        .list('FROM_2025_07', 'COMMUNE')
        .filter((c) => c.province === '48').length,
    );
  });

  test('commune successors and predecessors', async () => {
    const d = await ok(`{ commune(code: "00001", asOf: "2025-03-01") { name successors { unit { code name } share } } }`);
    expect(d.commune).toEqual({ name: 'Phường Phúc Xá', successors: [{ unit: { code: '00097', name: 'Phường Hồng Hà' }, share: 'FULL' }] });
    // Any unit answers `{ code name }` without a fragment (AdminUnit is an interface).
    const b = await ok(`{ commune(code: "00004") { name predecessors { unit { code name } share } } }`);
    expect(b.commune.name).toBe('Phường Ba Đình');
    expect(b.commune.predecessors.slice(0, 3)).toEqual([
      { unit: { code: '00004', name: 'Phường Trúc Bạch' }, share: 'FULL' },
      { unit: { code: '00013', name: 'Phường Quán Thánh' }, share: 'FULL' },
      { unit: { code: '00016', name: 'Phường Ngọc Hà' }, share: 'PARTIAL' },
    ]);
  });

  test('all 3,321 communes with their predecessors without a DB query', async () => {
    const before = hub.subgraphs['admin-units'].db.commands.count;
    const d = await ok(`{ provinces { communes { code predecessors { unit { code level } share } } } }`);
    const queries = hub.subgraphs['admin-units'].db.commands.count - before;
    const communes = d.provinces.flatMap((p: any) => p.communes);
    expect(communes).toHaveLength(3321);
    expect(communes.every((c: any) => c.predecessors.length > 0)).toBe(true);
    expect(new Set(communes.flatMap((c: any) => c.predecessors.map((p: any) => p.unit.level)))).toEqual(new Set(['COMMUNE', 'DISTRICT']));
    // The registers and their links answer from memory.
    expect(queries).toBe(0);
  });

  test('resolveUnitCode exposes the kit resolver', async () => {
    const d = await ok(
      `{ resolveUnitCode(code: "20335", date: "2025-02-01") { reported { code name register level } currentProvince { code } approximate legacyCode } }`,
    );
    expect(d.resolveUnitCode).toMatchObject({
      reported: { code: '20335', register: 'PRE_2025_07', level: 'COMMUNE' },
      currentProvince: { code: '48' },
      approximate: false,
      legacyCode: false,
    });
  });
});

describe('searchUnits', () => {
  const names = async (text: string, extra = '') => (await ok(`{ searchUnits(text: ${JSON.stringify(text)}${extra}) { code name exact level } }`)).searchUnits;

  test.each(['quang nam', 'Quảng Nam', 'tinh quang nam', 'TỈNH QUẢNG NAM'])('"%s" finds Tỉnh Quảng Nam first (before the reform)', async (text) => {
    const hits = await names(text, ', asOf: "2025-03-01"');
    expect(hits[0]).toEqual({ code: '49', name: 'Tỉnh Quảng Nam', exact: true, level: 'PROVINCE' });
  });

  test.each(['da nang', 'Đà Nẵng', 'thanh pho da nang'])('"%s" finds Thành phố Đà Nẵng', async (text) => {
    expect((await names(text))[0]).toMatchObject({ code: '48', name: 'Thành phố Đà Nẵng', exact: true });
  });

  test.each(['hoa khanh', 'Hòa Khánh'])('"%s" finds the communes of that name, exact ones first', async (text) => {
    const hits = await names(text, ', level: COMMUNE');
    const expected = unitRegisters()
      .list('FROM_2025_07', 'COMMUNE')
      .filter((c) => /Hòa Khánh$/.test(c.name))
      .map((c) => c.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(
      hits
        .filter((h: any) => h.exact)
        .map((h: any) => h.code)
        .sort(),
    ).toEqual(expected);
    expect(hits.slice(0, expected.length).every((h: any) => h.exact)).toBe(true);
  });

  test('hits carry the unit itself, selectable without fragments, found without a DB query', async () => {
    const before = hub.subgraphs['admin-units'].db.commands.count;
    const hits = (await ok(`{ searchUnits(text: "quang nam", asOf: "2025-03-01") { unit { code name level } provinceName } }`)).searchUnits;
    expect(hub.subgraphs['admin-units'].db.commands.count - before).toBe(0);
    expect(hits[0]).toEqual({ unit: { code: '49', name: 'Tỉnh Quảng Nam', level: 'PROVINCE' }, provinceName: 'Tỉnh Quảng Nam' });
  });

  test('capped, and empty or over-long text is BAD_USER_INPUT', async () => {
    expect((await names('xa', ', first: 5')).length).toBe(5);
    for (const [q, argument] of [
      ['{ searchUnits(text: "  ") { code } }', 'text'],
      [`{ searchUnits(text: "${'a'.repeat(101)}") { code } }`, 'text'],
      ['{ searchUnits(text: "ha", first: 1000) { code } }', 'first'],
    ]) {
      const r = await hub.query(q);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
