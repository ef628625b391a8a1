/**
 * What the HIS resources add to the rollups.
 * - An encounter that took place counts on the Vietnam day it started: visits (AMB), admissions
 *   (IMP) or emergencies (EMER), in total and by facility.
 * - Inpatients at an instant T are read without the history: an open stay (no end) is an item of
 *   the unit's `open` bucket; a closed stay counts `inBed` on every day whose start (00:00) it
 *   spans, `in` at the millisecond of the day it started and `out` at the one it ended, so that
 *   inpatients(T) = open stays begun before T + inBed(day of T) + in[00:00, T) − out[00:00, T).
 * - A facility is an item of the unit's `facilities` bucket (one per register it was exported in).
 */
import { addDays, counter, expand, startOfDay, todayInVietnam, type Contribution, type RollupSpec } from '@ioc/kit';
import type { EncounterDoc, FacilityDoc, ResourceDoc } from './models';
import { notCounted } from './connectors/profile';

export const measureOf = { AMB: 'visits', IMP: 'admissions', EMER: 'emergencies' } as const;

/** What the statistics keep of a facility. */
export type FacilityItem = Pick<FacilityDoc, 'code' | 'name' | 'beds' | 'resourceId' | 'lastUpdated'> & {
  register: FacilityDoc['unit']['register'];
  unit: Pick<FacilityDoc['unit'], 'code' | 'register' | 'current'>;
};
/** What the census keeps of an open stay. */
export interface OpenStay {
  start: Date;
  facility: string;
}

const msOfDay = (t: Date, day: string) => t.getTime() - startOfDay(day).getTime();

/** Counters of an instant within its day, in total and for the facility. */
function atInstant(measure: string, t: Date, facility: string): Contribution {
  const day = todayInVietnam(t);
  const at = msOfDay(t, day);
  return { day, counters: { [counter(measure, { at })]: 1, [counter(measure, { facility, at })]: 1 } };
}

function stay(e: EncounterDoc): Contribution[] {
  if (e.end === null) return [{ bucket: 'open', items: { [e._id]: { start: e.start, facility: e.facility } } }];
  const out = [atInstant('in', e.start, e.facility), atInstant('out', e.end, e.facility)];
  const last = todayInVietnam(e.end);
  for (let day = addDays(todayInVietnam(e.start), 1); day <= last; day = addDays(day, 1)) {
    out.push({ day, counters: expand({ inBed: 1 }, { facility: e.facility }) });
  }
  return out;
}

export const healthRollups: RollupSpec<ResourceDoc> = {
  unit: (r) => r.unit,
  contributions(r) {
    if (r.kind === 'Organization') {
      const item: FacilityItem = {
        code: r.code,
        name: r.name,
        beds: r.beds,
        resourceId: r.resourceId,
        lastUpdated: r.lastUpdated,
        register: r.unit.register,
        unit: { code: r.unit.code, register: r.unit.register, current: r.unit.current },
      };
      return [{ bucket: 'facilities', items: { [r._id]: item as unknown as Record<string, unknown> } }];
    }
    if (r.kind !== 'Encounter' || notCounted.includes(r.status)) return [];
    const counted: Contribution = { day: todayInVietnam(r.start), counters: expand({ [measureOf[r.cls]]: 1 }, { facility: r.facility }) };
    return r.cls === 'IMP' ? [counted, ...stay(r)] : [counted];
  },
};
