import {
  LAND_USE_CODES,
  LAND_USE_GROUP_LABELS,
  LEGACY_LAND_USE_CODES,
  UNCONFIRMED_LAND_USE_CODES,
  landUse,
  landUseGroupLabel,
} from '../src/reference/land-use-codes';

describe('land-use codes (TT 08/2024/TT-BTNMT)', () => {
  it('resolves known codes with name and group', () => {
    expect(landUse('LUC')).toEqual({ code: 'LUC', name: 'Đất chuyên trồng lúa', group: 'AGRICULTURAL' });
    expect(landUse('ONT')).toEqual({ code: 'ONT', name: 'Đất ở tại nông thôn', group: 'NON_AGRICULTURAL' });
    expect(landUse('ODT')?.name).toBe('Đất ở tại đô thị');
    expect(landUse('CLN')?.group).toBe('AGRICULTURAL');
    expect(landUse('TMD')?.group).toBe('NON_AGRICULTURAL');
    expect(landUse('NCS')).toEqual({ code: 'NCS', name: 'Núi đá không có rừng cây', group: 'UNUSED' });
    expect(landUse('CNT')?.name).toBe('Đất chăn nuôi tập trung');
  });

  it('ignores case and surrounding whitespace', () => {
    expect(landUse(' odt ')?.code).toBe('ODT');
  });

  it('returns undefined for unknown codes', () => {
    expect(landUse('XYZ')).toBeUndefined();
    expect(landUse('')).toBeUndefined();
    expect(landUse('NNP')).toBeUndefined(); // aggregate indicator, not a parcel code
    expect(landUse(undefined as unknown as string)).toBeUndefined();
  });

  it('resolves superseded codes only as legacy', () => {
    for (const code of ['LUN', 'BHK', 'NHK', 'DTS', 'SKX']) {
      const u = landUse(code);
      expect(u?.legacy).toBe(true);
      expect(landUse(code, { includeLegacy: false })).toBeUndefined();
    }
    expect(landUse('BHK')?.group).toBe('AGRICULTURAL');
    expect(landUse('DTS')?.group).toBe('NON_AGRICULTURAL');
    expect(landUse('LUC')?.legacy).toBeUndefined();
  });

  it('has the expected group counts and no duplicate codes', () => {
    const count = (g: string) => LAND_USE_CODES.filter((u) => u.group === g).length;
    expect(count('AGRICULTURAL')).toBe(11);
    expect(count('NON_AGRICULTURAL')).toBe(37);
    expect(count('UNUSED')).toBe(3);
    expect(LAND_USE_CODES).toHaveLength(51);
    const all = [...LAND_USE_CODES, ...LEGACY_LAND_USE_CODES].map((u) => u.code);
    expect(new Set(all).size).toBe(all.length);
    for (const u of all) expect(u).toMatch(/^[A-Z]{3}$/);
  });

  it('marks single-source codes as unconfirmed, all of them in the current list', () => {
    for (const c of UNCONFIRMED_LAND_USE_CODES) expect(landUse(c, { includeLegacy: false })).toBeDefined();
  });

  it('labels the groups in Vietnamese', () => {
    expect(landUseGroupLabel('AGRICULTURAL')).toBe('Nhóm đất nông nghiệp');
    expect(LAND_USE_GROUP_LABELS.NON_AGRICULTURAL).toBe('Nhóm đất phi nông nghiệp');
    expect(LAND_USE_GROUP_LABELS.UNUSED).toBe('Nhóm đất chưa sử dụng');
  });
});
