/**
 * A unit's fleet at one instant, from its registered vessels, their latest positions and the
 * zones. The rule for "in port" vs "at sea": a vessel is IN_PORT when its latest position lies in
 * a PORT zone or it reports navigational status 5 (moored); otherwise AT_SEA. Speed is not used:
 * a vessel manoeuvring inside the harbour polygon is in port, and one drifting slowly offshore is
 * at sea. A vessel with no position at or before the instant is NO_POSITION.
 */
import type { UnitSelector } from '@ioc/kit';
import { zonesAt, type Zone } from './geo';
import type { ReportDoc, VesselDoc } from './models';
import { hourMs, mooredStatus, silentAtSeaHours, silentListDays, vmsMinLengthM } from './rules';

export type VesselState = 'AT_SEA' | 'IN_PORT' | 'NO_POSITION';

export interface VesselSituation {
  vessel: VesselDoc;
  latest: ReportDoc | null;
  state: VesselState;
  /** Hours since the latest report; null without one. */
  silentHours: number | null;
}

export function situationOf(vessel: VesselDoc, latest: ReportDoc | null, zones: Zone[], at: Date): VesselSituation {
  if (!latest) return { vessel, latest, state: 'NO_POSITION', silentHours: null };
  const inPort = latest.status === mooredStatus || zonesAt(zones, latest.lon!, latest.lat!).some((z) => z.kind === 'PORT');
  return { vessel, latest, state: inPort ? 'IN_PORT' : 'AT_SEA', silentHours: (at.getTime() - latest.time.getTime()) / hourMs };
}

export const vmsRequired = (v: VesselDoc) => v.lengthM >= vmsMinLengthM;
export const silentOver6h = (s: VesselSituation) => s.state === 'AT_SEA' && s.silentHours! > silentAtSeaHours;
export const silentOver10d = (s: VesselSituation) => s.silentHours !== null && s.silentHours > silentListDays * 24;

export interface Fleet {
  unit: UnitSelector;
  at: Date;
  allVessels: VesselDoc[];
  /** Vessels of 15 m and over, each with its situation at `at`. */
  situations: VesselSituation[];
}

/**
 * A value worked out once per fleet object. A fleet at an explicit instant is kept by the process
 * under the rollups' stamp (loaders.ts), so what hangs off it is valid as long as it is: its
 * figures, indicators and default-window alerts are then worked out once per ingest, not per request.
 */
export function perFleet<T>(compute: (f: Fleet) => T): (f: Fleet) => T {
  const done = new WeakMap<Fleet, T>();
  return (f) => {
    if (!done.has(f)) done.set(f, compute(f));
    return done.get(f)!;
  };
}

/** A fleet's figures, counted once however many of its fields a query asks (each field resolver reads them). */
export const figures = perFleet((f) => countFigures(f));

function countFigures(f: Fleet) {
  const count = (p: (s: VesselSituation) => boolean) => f.situations.filter(p).length;
  return {
    at: f.at,
    registered: f.situations.length,
    registeredAllLengths: f.allVessels.length,
    atSea: count((s) => s.state === 'AT_SEA'),
    inPort: count((s) => s.state === 'IN_PORT'),
    noPosition: count((s) => s.state === 'NO_POSITION'),
    silentOver6h: count(silentOver6h),
    silentOver10d: count(silentOver10d),
  };
}

/** Map order of `VesselStats.fleet`: silent at sea first (what an officer must chase), then by state and registration. */
const stateRank = (s: VesselSituation) => (silentOver6h(s) ? 0 : ['AT_SEA', 'IN_PORT', 'NO_POSITION'].indexOf(s.state) + 1);

/** The whole list in map order, sorted once per fleet (`first` keeps its head). */
export const fleetList = perFleet((f) =>
  [...f.situations].sort((x, y) => stateRank(x) - stateRank(y) || (x.vessel._id < y.vessel._id ? -1 : x.vessel._id > y.vessel._id ? 1 : 0)),
);
