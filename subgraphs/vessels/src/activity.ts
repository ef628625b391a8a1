/**
 * Daily activity of a unit's fleet as rollups kept at ingest (kit engine): positions received and
 * vessels active (at least one position that Vietnam day), counted toward the owner's unit of the
 * vessel whose MMSI sent them, as the registry stood when they were received. What `series` reads.
 */
import { rollupFeed, type AcceptedChange, type RollupSpec, type StoredRecord, type UnitRef } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { Models, ReportDoc } from './models';
import { vietnamDay, type TrackChanges } from './tracks';

export interface Activity {
  _id: string;
  unit: UnitRef;
  day: string;
  positions: number;
  active: number;
}

export const activityRollup: RollupSpec<Activity> = {
  unit: (a) => a.unit,
  contributions: (a) => [{ day: a.day, counters: { positions: a.positions, activeVessels: a.active } }],
};

/** The registry's MMSI → owner's unit, re-read at most every 30 s (a fleet is a few thousand rows). */
function ownerUnits(m: Pick<Models, 'Vessel'>) {
  let cache: { at: number; units: Map<string, UnitRef> } | undefined;
  return async () => {
    if (cache && Date.now() - cache.at < 30_000) return cache.units;
    const rows = await m.Vessel.find({ mmsi: { $ne: null } }, { mmsi: 1, unit: 1 }).lean<{ mmsi: string; unit: UnitRef }[]>();
    cache = { at: Date.now(), units: new Map(rows.map((r) => [r.mmsi, r.unit])) };
    return cache.units;
  };
}

/** One record's activity: a position received, or the first position of a vessel-day. */
export function activityOf(unit: UnitRef, r: { mmsi: string; time: Date }, kind: 'position' | 'active'): Activity {
  const day = vietnamDay(r.time);
  return { _id: `${r.mmsi}|${day}|${kind}`, unit, day, positions: kind === 'position' ? 1 : 0, active: kind === 'active' ? 1 : 0 };
}

export function keepActivity(conn: Connection, m: Pick<Models, 'Vessel'>) {
  const units = ownerUnits(m);
  const rollup = rollupFeed<Activity & StoredRecord>(conn, activityRollup as RollupSpec<Activity & StoredRecord>);
  return async (changes: AcceptedChange<ReportDoc & StoredRecord>[], tracks: TrackChanges) => {
    const owner = await units();
    const out: AcceptedChange<Activity & StoredRecord>[] = [];
    for (const { before, after } of changes) {
      const unit = owner.get(after.mmsi);
      if (!unit || after.kind !== 'POSITION') continue;
      // A re-sent report of the same second is not a second position.
      if (!before) out.push({ before: null, after: activityOf(unit, after, 'position') as Activity & StoredRecord });
    }
    for (const d of tracks.newDays) {
      const unit = owner.get(d.mmsi);
      if (unit)
        out.push({ before: null, after: activityOf(unit, { mmsi: d.mmsi, time: new Date(`${d.day}T12:00:00+07:00`) }, 'active') as Activity & StoredRecord });
    }
    if (out.length) await rollup(out);
  };
}
