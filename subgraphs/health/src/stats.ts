/**
 * The figures of HealthStats from a unit's rollups: the period's counters, the census day's
 * counters, the open stays and the facilities (see rollups.ts for how inpatients are kept).
 */
import { derived, startOfDay, todayInVietnam, Timeline, type Register, type Tally } from '@ioc/kit';
import { type FacilityItem, type OpenStay } from './rollups';

export interface Counts {
  visits: number;
  admissions: number;
  emergencies: number;
  inpatientsNow: number;
}

export interface FacilityStats extends Counts {
  code: string;
  name: string;
  beds: number;
  bedOccupancy: number | null;
  facility: FacilityItem;
}

export interface HealthStats extends Counts {
  period: string;
  censusAt: Date;
  beds: number;
  bedOccupancy: number | null;
  facilities: FacilityStats[];
}

/** The rollups a unit's figures are read from. */
export interface HealthTallies {
  period: Tally;
  censusDay: Tally;
  open: Tally;
  facilities: Tally;
}

/** The day whose counters the census at `census` reads. */
export const censusDay = (census: Date) => todayInVietnam(census);

/**
 * One record per facility code: on a unit of today's register the record of today's register
 * (an old-register record of a facility re-exported since the reform would count its beds twice);
 * on an old unit the old register's record, else the one the backward rule brought.
 */
export function facilitiesOf(t: Tally, register: Register): FacilityItem[] {
  return derived(t, `health.facilities|${register}`, () => {
    const best = new Map<string, FacilityItem>();
    for (const v of t.items.values()) {
      const f = v as unknown as FacilityItem;
      const had = best.get(f.code);
      if (!had || f.register === register) best.set(f.code, f);
    }
    return [...best.values()].sort((a, b) => a.code.localeCompare(b.code));
  });
}

/** Key of the unit's total among the per-facility timelines. */
const total = '';

/**
 * The census day's admissions (`in`) and discharges (`out`) by the millisecond of the day, per
 * facility and in total, kept with the day's tally: a census at any instant sums those before it.
 */
function movesOf(day: Tally) {
  return derived(day, 'health.moves', () => {
    const of = (measure: string) => {
      const points = new Map<string, { at: number; weight: number }[]>();
      for (const e of day.entries(measure)) {
        const key = e.by.facility ?? total;
        if (!points.has(key)) points.set(key, []);
        points.get(key)!.push({ at: Number(e.by.at), weight: e.n });
      }
      return new Map([...points].map(([k, p]) => [k, new Timeline(p)]));
    };
    return { in: of('in'), out: of('out') };
  });
}

/** The open stays' starts, per facility and in total, kept with the `open` tally. */
function openStartsOf(open: Tally) {
  return derived(open, 'health.openStarts', () => {
    const points = new Map<string, { at: number }[]>([[total, []]]);
    for (const v of open.items.values()) {
      const s = v as unknown as OpenStay;
      points.get(total)!.push({ at: s.start.getTime() });
      if (!points.has(s.facility)) points.set(s.facility, []);
      points.get(s.facility)!.push({ at: s.start.getTime() });
    }
    return new Map([...points].map(([k, p]) => [k, new Timeline(p)]));
  });
}

/** Inpatients at `census`, in total (facility undefined) or of one facility. */
function inpatients(t: HealthTallies, census: Date, facility?: string): number {
  const key = facility ?? total;
  const cut = census.getTime() - startOfDay(censusDay(census)).getTime();
  const moves = movesOf(t.censusDay);
  const moved = (moves.in.get(key)?.before(cut) ?? 0) - (moves.out.get(key)?.before(cut) ?? 0);
  const inBed = facility === undefined ? t.censusDay.get('inBed') : (t.censusDay.by('inBed', 'facility').get(facility) ?? 0);
  const open = openStartsOf(t.open).get(key)?.before(census.getTime()) ?? 0;
  return open + inBed + moved;
}

const ratio = (inpatients: number, beds: number) => (beds > 0 ? inpatients / beds : null);

/** @param register the register of the unit asked about */
export function summarise(t: HealthTallies, census: Date, register: Register, period: string): HealthStats {
  const facilities = facilitiesOf(t.facilities, register);
  const counts = (facility?: string): Counts => {
    const get = (m: string) => (facility === undefined ? t.period.get(m) : (t.period.by(m, 'facility').get(facility) ?? 0));
    return { visits: get('visits'), admissions: get('admissions'), emergencies: get('emergencies'), inpatientsNow: inpatients(t, census, facility) };
  };
  const total = counts();
  const beds = facilities.reduce((s, f) => s + f.beds, 0);
  return {
    ...total,
    period,
    censusAt: census,
    beds,
    bedOccupancy: ratio(total.inpatientsNow, beds),
    facilities: facilities.map((f) => {
      const c = counts(f.code);
      return { ...c, code: f.code, name: f.name, beds: f.beds, bedOccupancy: ratio(c.inpatientsNow, f.beds), facility: f };
    }),
  };
}
