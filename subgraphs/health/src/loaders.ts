/**
 * Per-request loaders. Every unit's health figures of a request come from the rollups, read by
 * `_id` in one batch whatever the number of units and however many encounters are held.
 */
import type { Connection } from 'mongoose';
import { batchLoader, rollupReader, scopeCoversUnit, addDays, type DayRange, type Identity, type UnitSelector } from '@ioc/kit';
import type { FacilityDoc, Models } from './models';
import { censusDay, type HealthTallies } from './stats';

export function loaders(m: Models, conn: Connection, identity: Identity) {
  const rollups = rollupReader(conn, identity);

  /** Per period: its counters, and those of the day its census falls on; plus open stays and facilities. */
  const tallies = async (unit: UnitSelector, periods: DayRange[], censuses: Date[]): Promise<HealthTallies[]> => {
    const days = censuses.map((c) => ({ from: censusDay(c), to: addDays(censusDay(c), 1) }));
    const t = await rollups.load({ unit, periods: [...periods, ...days], buckets: ['open', 'facilities'], items: true });
    const [open, facilities] = t.slice(2 * periods.length);
    return periods.map((_, i) => ({ period: t[i], censusDay: t[periods.length + i], open, facilities }));
  };

  /** Facilities by code (today's-register record first), read by `_id`, within the caller's scope. */
  const facility = batchLoader<string, FacilityDoc>(
    (k) => k,
    async (codes) => {
      const ids = codes.flatMap((c) => [`Organization|${c}|FROM_2025_07`, `Organization|${c}|PRE_2025_07`]);
      const found = await Promise.all(ids.map((id) => m.Resource.findById(id).lean<FacilityDoc>()));
      return codes.map((_, i) => [found[2 * i], found[2 * i + 1]].find((f) => f && scopeCoversUnit(identity, f.unit.current)) ?? null);
    },
  );

  return { rollups, tallies, facility };
}

export type Loaders = ReturnType<typeof loaders>;
