/**
 * The figures of HealthStats from a unit's rows (its facilities and the encounters that matter for
 * the period), computed in code after one query for all units of a request.
 */
import type { Register } from '@ioc/kit';
import type { EncounterDoc, FacilityDoc } from './models';
import { notCounted } from './connectors/profile';

/** A facility row, flagged when today's register holds a newer record of the same facility. */
export type FacilityRow = FacilityDoc & { superseded?: boolean };
export type Row = FacilityRow | EncounterDoc;

export interface Counts { visits: number; admissions: number; emergencies: number; inpatientsNow: number }

export interface FacilityStats extends Counts { code: string; name: string; beds: number; bedOccupancy: number | null; facility: FacilityDoc }

export interface HealthStats extends Counts {
  period: string;
  censusAt: Date;
  beds: number;
  bedOccupancy: number | null;
  facilities: FacilityStats[];
}

/** The period [start, end) and the census instant of inpatientsNow (never after `end`). */
export interface Window { start: Date; end: Date; census: Date }

const zero = (): Counts => ({ visits: 0, admissions: 0, emergencies: 0, inpatientsNow: 0 });

function count(into: Counts, e: EncounterDoc, w: Window): void {
  if (notCounted.includes(e.status)) return;
  const start = e.start.getTime();
  if (start >= w.start.getTime() && start < w.end.getTime()) {
    if (e.cls === 'AMB') into.visits++;
    else if (e.cls === 'IMP') into.admissions++;
    else into.emergencies++;
  }
  // In a bed at the census instant: admitted before it, not discharged before it.
  if (e.cls === 'IMP' && start < w.census.getTime() && (e.end === null || e.end.getTime() >= w.census.getTime())) into.inpatientsNow++;
}

const ratio = (inpatients: number, beds: number) => (beds > 0 ? inpatients / beds : null);

/** @param register the register of the unit asked about */
export function summarise(rows: Row[], w: Window, register: Register, period: string): HealthStats {
  // On a unit of today's register, an old-register record of a facility re-exported since the
  // reform would count its beds twice (and possibly in another commune).
  const facilities = rows.filter((r): r is FacilityRow => r.kind === 'Organization' && !(register === 'FROM_2025_07' && r.superseded));
  const byFacility = new Map<string, Counts>(facilities.map((f) => [f.code, zero()]));
  const total = zero();
  for (const r of rows) {
    if (r.kind !== 'Encounter') continue;
    count(total, r, w);
    const f = byFacility.get(r.facility);
    if (f) count(f, r, w);
  }
  const beds = facilities.reduce((s, f) => s + f.beds, 0);
  return {
    ...total,
    period,
    censusAt: w.census,
    beds,
    bedOccupancy: ratio(total.inpatientsNow, beds),
    facilities: facilities
      .map((f) => ({ ...byFacility.get(f.code)!, code: f.code, name: f.name, beds: f.beds, bedOccupancy: ratio(byFacility.get(f.code)!.inpatientsNow, f.beds), facility: f }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
