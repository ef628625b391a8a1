import { batchLoader, byKey, groupBy, unitKey, type Level, type Register } from '@ioc/kit';
import type { Models, UnitDoc, BoundaryDoc } from './models';

export interface UnitId { register: Register; level: Level; code: string }
export interface ChildrenKey { register: Register; level: Level; code: string; childLevel: Level; via: 'parent' | 'province' }

const idOf = (k: UnitId) => unitKey(k.register, k.level, k.code);

export function loaders(m: Models) {
  const unit = batchLoader<UnitId, UnitDoc>(idOf, async (keys) => {
    const levels = [...new Set(keys.map((k) => k.level))];
    // One query per level either way; a lone key is asked by equality, which FerretDB answers from
    // its `_id` index where an `$in` scans the collection.
    const rows = (await Promise.all(levels.map((level) => {
      const ids = keys.filter((k) => k.level === level).map(idOf);
      return m.Units[level].find(ids.length === 1 ? { _id: ids[0] } : { _id: { $in: ids } }).lean();
    }))).flat();
    return byKey(keys, rows, idOf, (r) => r._id);
  });
  // Children of many parents in one query per (register, child level, link field): a whole
  // province-wide tree costs one query per level, whatever the number of units.
  const children = batchLoader<ChildrenKey, UnitDoc[]>((k) => `${idOf(k)}>${k.childLevel}/${k.via}`, async (keys) => {
    const groups = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const g = `${k.register}|${k.childLevel}|${k.via}`;
      groups.set(g, [...(groups.get(g) ?? []), i]);
    });
    const answer: UnitDoc[][] = new Array(keys.length);
    await Promise.all([...groups.values()].map(async (idx) => {
      const ks = idx.map((i) => keys[i]);
      const { register, childLevel, via } = ks[0];
      const rows = await m.Units[childLevel].find({ register, [via]: { $in: ks.map((k) => k.code) } }).sort({ code: 1 }).lean();
      for (const r of rows) unit.prime({ register, level: childLevel, code: r.code }, r);
      groupBy(ks, rows, (k) => k.code, (r) => String(r[via])).forEach((list, j) => { answer[idx[j]] = list; });
    }));
    return answer;
  });
  const boundary = batchLoader<string, BoundaryDoc>((k) => k, async (codes) => {
    const rows = await m.Boundary.find({ _id: { $in: [...codes] } }).lean();
    return byKey(codes, rows, (k) => k, (r) => r._id);
  });
  return { unit, children, boundary };
}

export type Loaders = ReturnType<typeof loaders>;
