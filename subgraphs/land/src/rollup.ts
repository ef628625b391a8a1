/**
 * The land register's figures as rollups kept at ingest (kit engine): a snapshot bucket per unit
 * holding parcels, area and certified counts in total, by land-use code and by land group, and
 * the parcels whose declared area disagrees with their shape (the open set the alerts list);
 * plus, per day of ngayCapNhat, the parcels last updated that day (what `series` reads).
 */
import { expand, rollupFeed, targetsOf, type AcceptedChange, type Contribution, type RollupSpec, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { settings } from './settings';
import type { Models, ParcelDoc } from './models';

/** The bucket of the register as held now. */
export const SNAPSHOT = 'parcels';

/** Areas are counted in units of 1/10,000 m², so that sums stay exact integers whatever the order. */
export const AREA_SCALE = 10_000;
export const areaUnits = (m2: number) => Math.round(m2 * AREA_SCALE);
export const fromAreaUnits = (n: number) => n / AREA_SCALE;

/** A parcel whose declared area differs from its drawn shape by more than the configured share. */
export type MismatchItem = { sheet: number; number: number; area: number; deviation: number; code: string; register: string; updatedAt: Date };

/**
 * The open set holds parcels over the threshold configured at ingest; the alerts filter again with
 * the threshold configured when asked (raising it takes effect at once; lowering it needs
 * `npm run rollups:rebuild land`).
 */
function mismatch(p: ParcelDoc): Record<string, MismatchItem> {
  if (p.areaDeviation * 100 <= settings().areaMismatch) return {};
  return {
    [`mismatch:${p._id}`]: {
      sheet: p.sheet,
      number: p.number,
      area: p.area,
      deviation: p.areaDeviation,
      code: p.unit.code,
      register: p.unit.register,
      updatedAt: p.updatedAt,
    },
  };
}

export const parcelRollup: RollupSpec<ParcelDoc> = {
  unit: (p) => p.unit,
  contributions: (p): Contribution[] => {
    const area = areaUnits(p.area);
    const certified = p.certified ? 1 : 0;
    return [
      {
        bucket: SNAPSHOT,
        counters: expand({ parcels: 1, area, certifiedParcels: certified, certifiedArea: certified * area }, { use: p.uses[0], group: p.group }),
        items: mismatch(p),
      },
      { day: p.updatedOn, counters: expand({ updatedParcels: 1, updatedArea: area, updatedCertified: certified }) },
    ];
  },
};

/**
 * The newest ngayCapNhat of each unit's parcels (the time of the coverage alert), kept per rollup
 * target with `$max`: a parcel's version only grows, so the newest one ever held is the newest held.
 */
async function keepNewest(m: Pick<Models, 'UnitNewest'>, changes: AcceptedChange<ParcelDoc & StoredRecord>[]): Promise<void> {
  const newest = new Map<string, Date>();
  for (const { after } of changes) {
    for (const t of targetsOf(after.unit)) {
      const seen = newest.get(t.key);
      if (!seen || after.updatedAt > seen) newest.set(t.key, new Date(after.updatedAt));
    }
  }
  if (newest.size)
    await m.UnitNewest.bulkWrite(
      [...newest].map(([_id, at]) => ({ updateOne: { filter: { _id }, update: { $max: { at } }, upsert: true } })),
      { ordered: false },
    );
}

/** The parcels feed's `onAccepted`: the engine's rollups and the newest update time per unit. */
export function parcelBookkeeping(conn: Connection, m: Pick<Models, 'UnitNewest'>) {
  const rollup = rollupFeed<ParcelDoc & StoredRecord>(conn, parcelRollup as RollupSpec<ParcelDoc & StoredRecord>);
  const hook = async (changes: AcceptedChange<ParcelDoc & StoredRecord>[]) => {
    await Promise.all([rollup(changes), keepNewest(m, changes)]);
  };
  return Object.assign(hook, { rollupSpec: rollup.rollupSpec });
}
