import { resolveUnit, UnitError, unitRegisters } from '../src';

const reg = unitRegisters();

describe('resolveUnit: a reported code and the record date → the unit then and today', () => {
  test('full successor, before the reform: exact', () => {
    const r = resolveUnit('20335', '2025-03-01');
    expect(r).toMatchObject({ register: 'PRE_2025_07', level: 'COMMUNE', province: '49', district: '502', commune: '20335', legacyCode: false });
    const links = reg.successorsOf(reg.get('PRE_2025_07', 'COMMUNE', '20335')!);
    expect(links).toHaveLength(1);
    expect(r.current).toEqual({ province: '48', commune: links[0].unit.code, approximate: false });
  });

  test('the same code before and after 2025-07-01 names different units', () => {
    expect(resolveUnit('00004', '2025-06-30').unit.name).toBe('Phường Trúc Bạch');
    expect(resolveUnit('00004', '2025-07-01').unit.name).toBe('Phường Ba Đình');
    expect(resolveUnit('00004', '2025-07-01').current).toEqual({ province: '01', commune: '00004', approximate: false });
  });

  test('partial successors: one chosen by the documented rule, flagged approximate', () => {
    const split = reg.list('PRE_2025_07', 'COMMUNE').filter((c) => reg.successorsOf(c).length > 1);
    expect(split.length).toBeGreaterThan(400);
    for (const c of split.slice(0, 50)) {
      const r = resolveUnit(c.code, '2024-05-01');
      const codes = reg.successorsOf(c).map((l) => l.unit.code);
      const expected = codes.includes(c.code) ? c.code : [...codes].sort()[0];
      expect(r.current).toEqual({ province: reg.get('FROM_2025_07', 'COMMUNE', expected)!.province, commune: expected, approximate: true });
    }
  });

  test("an old district is attributed to its province's successor without a commune; island districts have their own", () => {
    expect(resolveUnit('502', '2025-01-10').current).toEqual({ province: '48', commune: null, approximate: false });
    const island = reg.successorsOf(reg.get('PRE_2025_07', 'DISTRICT', '498')!);
    expect(island).toHaveLength(1);
    expect(resolveUnit('498', '2025-01-10').current.commune).toBe(island[0].unit.code);
  });

  test('an old code still sent after the reform is read in the old register and flagged', () => {
    const r = resolveUnit('49', '2025-09-01');
    expect(r).toMatchObject({ register: 'PRE_2025_07', legacyCode: true, current: { province: '48' } });
    expect(resolveUnit('48', '2025-09-01')).toMatchObject({ register: 'FROM_2025_07', legacyCode: false });
  });

  test('unknown and malformed codes are errors naming field and value, never a guess', () => {
    expect(() => resolveUnit('99999', '2025-03-01', 'MaXa')).toThrow(UnitError);
    expect(() => resolveUnit('99999', '2025-03-01', 'MaXa')).toThrow(/MaXa.*99999/);
    expect(() => resolveUnit('12ab', '2025-03-01', 'MaXa')).toThrow(/MaXa.*12ab/);
    expect(() => resolveUnit(null, '2025-03-01', 'MaXa')).toThrow(UnitError);
    // A district code after the reform can only be a legacy code: read in the old register.
    expect(resolveUnit('502', '2025-08-01')).toMatchObject({ legacyCode: true, current: { province: '48' } });
  });
});
