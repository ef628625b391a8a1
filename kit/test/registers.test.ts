import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitRegisters } from '../src';

const reg = unitRegisters();
const shared = join(__dirname, '..', '..', '..', 'shared', 'data', 'admin-units');

describe('the two registers as committed', () => {
  test('counts of the source data', () => {
    expect(reg.list('PRE_2025_07', 'PROVINCE')).toHaveLength(63);
    expect(reg.list('PRE_2025_07', 'DISTRICT')).toHaveLength(696);
    expect(reg.list('PRE_2025_07', 'COMMUNE')).toHaveLength(10047);
    expect(reg.list('FROM_2025_07', 'PROVINCE')).toHaveLength(34);
    expect(reg.list('FROM_2025_07', 'COMMUNE')).toHaveLength(3321);
    expect(reg.list('FROM_2025_07', 'DISTRICT')).toHaveLength(0);
  });

  test('names keep their diacritics in NFC; new types come from the names', () => {
    for (const u of reg.units.values()) expect(u.name).toBe(u.name.normalize('NFC'));
    const types = new Set(reg.list('FROM_2025_07', 'COMMUNE').map((u) => u.type));
    expect([...types].sort()).toEqual(['Phường', 'Xã', 'Đặc khu']);
    expect(reg.get('FROM_2025_07', 'PROVINCE', '48')).toMatchObject({ name: 'Thành phố Đà Nẵng', type: 'Thành phố Trung ương' });
  });

  test('old 49 went wholly into new 48, old 35 into new 37; new 48 absorbed exactly old 48 and 49', () => {
    const succ = (code: string) => reg.successorsOf(reg.get('PRE_2025_07', 'PROVINCE', code)!).map((l) => [l.unit.code, l.share]);
    expect(succ('49')).toEqual([['48', 'FULL']]);
    expect(succ('35')).toEqual([['37', 'FULL']]);
    expect(reg.predecessorsOf(reg.get('FROM_2025_07', 'PROVINCE', '48')!).map((l) => l.unit.code)).toEqual(['48', '49']);
  });

  test('every old commune has at least one successor; split ones are all PARTIAL', () => {
    for (const c of reg.list('PRE_2025_07', 'COMMUNE')) {
      const links = reg.successorsOf(c);
      expect(links.length).toBeGreaterThan(0);
      if (links.length > 1) expect(links.every((l) => l.share === 'PARTIAL')).toBe(true);
    }
  });

  (existsSync(shared) ? test : test.skip)('merges.json and splits.json round-trip through the committed links', () => {
    const merges = JSON.parse(readFileSync(join(shared, 'reform-2025', 'merges.json'), 'utf8')).data;
    const splits = JSON.parse(readFileSync(join(shared, 'reform-2025', 'splits.json'), 'utf8')).data;
    // merges.json: every new unit lists exactly its predecessors with their share.
    for (const p of merges) {
      const np = reg.get('FROM_2025_07', 'PROVINCE', p.level1_id)!;
      expect(
        reg
          .predecessorsOf(np)
          .map((l) => [l.unit.code, l.share])
          .sort(),
      ).toEqual(p.merges.map((m: any) => [m.old_id, m.type.toUpperCase()]).sort());
      for (const c of p.level2s) {
        const nc = reg.get('FROM_2025_07', 'COMMUNE', c.level2_id)!;
        expect(nc.name).toBe(c.name.normalize('NFC'));
        expect(
          reg
            .predecessorsOf(nc)
            .map((l) => [l.unit.code, l.share])
            .sort(),
        ).toEqual(c.merges.map((m: any) => [m.old_id, m.type.toUpperCase()]).sort());
      }
    }
    // splits.json: every old unit lists exactly its successors.
    for (const p of splits) {
      expect(
        reg
          .successorsOf(reg.get('PRE_2025_07', 'PROVINCE', p.level1_id)!)
          .map((l) => l.unit.code)
          .sort(),
      ).toEqual(p.splits.map((s: any) => s.new_id).sort());
      for (const c of p.level3s) {
        expect(
          reg
            .successorsOf(reg.get('PRE_2025_07', 'COMMUNE', c.level3_id)!)
            .map((l) => l.unit.code)
            .sort(),
        ).toEqual(c.splits.map((s: any) => s.new_id).sort());
      }
    }
  });
});
