import {
  feedQueries,
  figuresVisible,
  rankAlerts,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  selectorOf,
  intArg,
  firstArg,
  ALERTS_FIRST,
  periodArgs,
  badInput,
  todayInVietnam,
  forbidden,
  type BaseContext,
  type UnitReference,
  type Every,
  type Alert,
} from '@ioc/kit';
import { figures, fleetList, silentOver6h, situationOf, vmsRequired, type Fleet, type VesselSituation } from './fleet';
import { indicators } from './indicators';
import { silenceAlerts, zoneAlerts } from './alerts';
import { zonesAt } from './geo';
import { hourMs } from './rules';
import type { Loaders } from './loaders';
import type { Models, ReportDoc, VesselDoc } from './models';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
  /** "Now" fixed once per request, so every field without `at` describes the same instant (and shares loads). */
  now: number;
}

/** `at` arguments arrive as Date (DateTime scalar); absent means the request's now. */
const instant = (at: unknown, ctx: Context): number => (at instanceof Date ? at.getTime() : ctx.now);

const fleetOf = (typename: 'Province' | 'District' | 'Commune') => async (ref: UnitReference, args: { at?: Date | null }, ctx: Context) => {
  const unit = selectorOf(typename, ref);
  if (!figuresVisible(ctx.identity, unit)) return null;
  return ctx.loaders.fleet.load({ unit, at: instant(args.at, ctx), keep: args.at instanceof Date });
};

const maxTrackPoints = 5000;
/** Zones are drawn by operators (ports, fishing zones, the boundary): a few hundred at most in a province. */
const zonesFirst = { fallback: 200, max: 1000 };

async function latestOf(v: VesselDoc, at: number, ctx: Context): Promise<ReportDoc | null> {
  return v.mmsi ? ctx.loaders.latest.load({ mmsi: v.mmsi, at }) : null;
}

/** A stored position report as served: with its source and the zones it lies in. */
export type PositionOut = Awaited<ReturnType<typeof positionOut>>;

async function positionOut(p: ReportDoc, ctx: Context) {
  // Positions come from track days, which hold only accepted position reports: the connector
  // rejects a report without longitude or latitude, so both are always there.
  const zones = (await ctx.loaders.zones.load('all')) ?? [];
  return {
    ...p,
    source: p.messageType === 27 ? 'VMS' : 'AIS',
    // Tested when asked: the fleet map lists every vessel's position without its zones.
    get zones() {
      return zonesAt(zones, p.lon!, p.lat!).map((z) => z.name);
    },
  };
}

/** A fleet's alerts from `start` to its instant, all of them ranked (kit rankAlerts; `first` keeps the head). */
async function rankedAlerts(f: Fleet, start: number, ctx: Context): Promise<Alert[]> {
  const [byVessel, zones] = await Promise.all([ctx.loaders.crossings.load({ start, end: f.at.getTime() }), ctx.loaders.zones.load('all')]);
  const crossings = f.situations.flatMap((s) => (s.vessel.mmsi ? zoneAlerts(s.vessel, byVessel?.get(s.vessel.mmsi) ?? [], zones ?? []) : []));
  return rankAlerts([...silenceAlerts(f), ...crossings], null, Infinity);
}

/**
 * The default window's ranked alerts per fleet object, kept once resolved (a failed read is not
 * kept): a fleet at an explicit instant lives under the rollups' stamp (loaders.ts), and its
 * crossings are read under the same stamp. Only the default window: `since` takes any value.
 */
const defaultWindowAlerts = new WeakMap<Fleet, Alert[]>();

const unitFields = (typename: 'Province' | 'District' | 'Commune') => ({
  __resolveReference: (ref: UnitReference) => ref,
  vessels: fleetOf(typename),
});

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('vessels'),
    vessel: (_: unknown, a: { registration: string }, ctx: Context) => ctx.loaders.vessel.load(a.registration.trim().normalize('NFC')),
    vesselsZones: async (_: unknown, a: { first?: unknown }, ctx: Context) => {
      if (ctx.identity.role === 'public') throw forbidden('vùng biển cần đăng nhập');
      const first = firstArg(a.first, zonesFirst);
      const zones = (await ctx.loaders.zones.load('all')) ?? [];
      return [...zones].sort((x, y) => (x._id < y._id ? -1 : x._id > y._id ? 1 : 0)).slice(0, first);
    },
  },
  Province: unitFields('Province'),
  District: unitFields('District'),
  Commune: unitFields('Commune'),
  VesselStats: {
    ...Object.fromEntries(
      ['at', 'registered', 'registeredAllLengths', 'atSea', 'inPort', 'noPosition', 'silentOver6h', 'silentOver10d'].map((k) => [
        k,
        (f: Fleet) => figures(f)[k as keyof ReturnType<typeof figures>],
      ]),
    ),
    silentVessels: (f: Fleet, a: { hours?: unknown; first?: unknown }) => {
      const hours = a.hours === undefined || a.hours === null ? 240 : intArg('hours', a.hours, 1, 24 * 3660);
      const first = firstArg(a.first, { fallback: 100, max: 500 });
      return f.situations
        .filter((s) => s.silentHours !== null && s.silentHours > hours)
        .sort((x, y) => y.silentHours! - x.silentHours!)
        .slice(0, first)
        .map((s) => s.vessel);
    },
    fleet: (f: Fleet, a: { first?: unknown }) => fleetList(f).slice(0, firstArg(a.first, { fallback: 500, max: 2000 })),
    series: async (f: Fleet, a: { from: unknown; to: unknown; every: Every }, ctx: Context) => {
      const p = periodArgs(a.from, a.to);
      const periods = await ctx.loaders.rollups.series(f.unit, { from: p.from, to: p.to }, a.every);
      return periods.map((x) => ({ from: x.from, to: x.to, positions: x.tally.get('positions'), vesselDays: x.tally.get('activeVessels') }));
    },
    indicators: (f: Fleet) => indicators(f),
    alerts: async (f: Fleet, a: { since?: Date | null; first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, ALERTS_FIRST);
      const end = f.at.getTime();
      const start = a.since instanceof Date ? a.since.getTime() : end - 24 * hourMs;
      if (start > end) throw badInput('since', a.since, 'phải trước thời điểm của số liệu (at)');
      if (a.since instanceof Date) return (await rankedAlerts(f, start, ctx)).slice(0, first);
      let ranked = defaultWindowAlerts.get(f);
      if (!ranked) defaultWindowAlerts.set(f, (ranked = await rankedAlerts(f, start, ctx)));
      return ranked.slice(0, first);
    },
  },
  FleetVessel: {
    position: (s: VesselSituation, _: unknown, ctx: Context) => (s.latest ? positionOut(s.latest, ctx) : null),
    silentOver6h: (s: VesselSituation) => silentOver6h(s),
  },
  Zone: { id: (z: { _id: string }) => z._id },
  Vessel: {
    __resolveReference: (ref: { registration: string }, ctx: Context) => ctx.loaders.vessel.load(ref.registration),
    registration: (v: VesselDoc) => v._id,
    vmsRequired: (v: VesselDoc) => vmsRequired(v),
    // runIngest stamps every stored record with _ingestedAt, so a day is always found.
    updatedOn: (v: VesselDoc) => (v.updatedOn ?? (v._ingestedAt ? todayInVietnam(v._ingestedAt) : null))!,
    ownerCommune: (v: VesselDoc) => ({ register: v.unit.register, code: v.unit.code }),
    aisName: async (v: VesselDoc, _: unknown, ctx: Context) => (v.mmsi ? ((await ctx.loaders.ownStatic.load(v.mmsi))?.shipName ?? null) : null),
    callSign: async (v: VesselDoc, _: unknown, ctx: Context) => (v.mmsi ? ((await ctx.loaders.ownStatic.load(v.mmsi))?.callSign ?? null) : null),
    latestPosition: async (v: VesselDoc, a: { at?: Date | null }, ctx: Context) => {
      const p = await latestOf(v, instant(a.at, ctx), ctx);
      return p ? positionOut(p, ctx) : null;
    },
    state: async (v: VesselDoc, a: { at?: Date | null }, ctx: Context) => {
      const at = instant(a.at, ctx);
      const [p, zones] = await Promise.all([latestOf(v, at, ctx), ctx.loaders.zones.load('all')]);
      return situationOf(v, p, zones ?? [], new Date(at)).state;
    },
    track: async (v: VesselDoc, a: { from: unknown; to: unknown }, ctx: Context) => {
      const period = periodArgs(a.from, a.to);
      if (!v.mmsi) return [];
      const rows = (await ctx.loaders.reportsBetween.load({ mmsi: v.mmsi, start: period.start.getTime(), end: period.end.getTime() })) ?? [];
      return Promise.all(rows.slice(0, maxTrackPoints).map((p) => positionOut(p, ctx)));
    },
  },
};
