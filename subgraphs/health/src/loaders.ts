/**
 * Per-request loaders. Every unit's health figures of a request come from one query over the
 * resources (plus one to flag facilities re-exported in today's register), whatever the number
 * of units.
 */
import { batchLoader, byKey, rollupLoader, scopeFilter, allOf, type Identity, type UnitSelector } from '@ioc/kit';
import type { FacilityDoc, Models } from './models';
import type { Row } from './stats';

export interface WindowArgs { start: number; end: number; census: number }

export function loaders(m: Models, identity: Identity) {
  const rows = rollupLoader<Row, WindowArgs>(identity, async (filter, w) => {
    const found = await m.Resource.find(allOf(filter, {
      $or: [
        { kind: 'Organization' },
        {
          kind: 'Encounter',
          start: { $lt: new Date(w.end) },
          $or: [{ start: { $gte: new Date(w.start) } }, { cls: 'IMP', end: null }, { cls: 'IMP', end: { $gte: new Date(w.census) } }],
        },
      ],
    }), { _hash: 0, _version: 0, _ingestedAt: 0 }).lean<Row[]>();
    const oldCodes = found.filter((r) => r.kind === 'Organization' && r.unit.register === 'PRE_2025_07').map((r) => (r as FacilityDoc).code);
    if (oldCodes.length === 0) return found;
    const renewed = new Set((await m.Resource.find({ kind: 'Organization', code: { $in: oldCodes }, 'unit.register': 'FROM_2025_07' }, { code: 1 }).lean<{ code: string }[]>()).map((r) => r.code));
    return found.map((r) => (r.kind === 'Organization' && r.unit.register === 'PRE_2025_07' && renewed.has(r.code) ? { ...r, superseded: true } : r));
  });

  /** Facilities by code (today's-register record first), within the caller's scope. */
  const facility = batchLoader<string, FacilityDoc>((k) => k, async (codes) => {
    const found = await m.Resource.find(allOf({ kind: 'Organization', code: { $in: [...codes] } }, scopeFilter(identity))).lean<FacilityDoc[]>();
    const best = new Map<string, FacilityDoc>();
    for (const f of found) {
      const had = best.get(f.code);
      if (!had || f.unit.register === 'FROM_2025_07') best.set(f.code, f);
    }
    return byKey(codes, [...best.values()], (k) => k, (f) => f.code);
  });

  return {
    stats: (unit: UnitSelector, args: WindowArgs) => rows.load({ unit, args }),
    facility,
  };
}

export type Loaders = ReturnType<typeof loaders>;
