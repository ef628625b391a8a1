import type { GraphQLResolveInfo } from 'graphql';
import {
  feedQueries,
  figuresVisible,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  periodArgs,
  codeArg,
  firstArg,
  ALERTS_FIRST,
  selectorOf,
  seriesPeriods,
  startOfDay,
  requestNow,
  cappedAt,
  unitRegisters,
  type BaseContext,
  type UnitReference,
  type Every,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import type { FacilityDoc, Models } from './models';
import { summarise, facilitiesOf, type FacilityStats, type HealthStats } from './stats';
import type { FacilityItem } from './rollups';
import { indicators, alerts } from './indicators';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
}

type UnitType = 'Province' | 'District' | 'Commune';
/** A facility as its resolvers receive it: the stored Organization, or the rollups' item. */
export type Facility = FacilityDoc | FacilityItem;
/** `now`: the query's, null for the request's clock. */
export type StatsParent = HealthStats & { unit: ReturnType<typeof selectorOf>; now: Date | null };

/**
 * The census instant of a period: its end, or `now` when earlier (the request's clock without a
 * `now`: a period that has ended does not depend on it, kit cappedAt).
 */
const censusAt = (end: Date, now: Date | null) => cappedAt(end, now ?? requestNow({ bounded: true }));

const health =
  (type: UnitType) =>
  async (ref: UnitReference, args: { from: unknown; to: unknown; now?: Date | null }, ctx: Context): Promise<StatsParent | null> => {
    const period = periodArgs(args.from, args.to);
    const unit = selectorOf(type, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    const now = args.now ?? null;
    const census = censusAt(period.end, now);
    const [t] = await ctx.loaders.tallies(unit, [period], [census]);
    return { ...summarise(t, census, unit.register, `${period.from}/${period.to}`), unit, now };
  };

async function series(s: StatsParent, a: { from: unknown; to: unknown; every: Every }, ctx: Context, _info?: GraphQLResolveInfo) {
  const range = periodArgs(a.from, a.to);
  const periods = seriesPeriods(range.from, range.to, a.every);
  const censuses = periods.map((p) => censusAt(startOfDay(p.to), s.now));
  const tallies = await ctx.loaders.tallies(s.unit, periods, censuses);
  return periods.map((p, i) => {
    const h = summarise(tallies[i], censuses[i], s.unit.register, `${p.from}/${p.to}`);
    return {
      from: p.from,
      to: p.to,
      visits: h.visits,
      admissions: h.admissions,
      emergencies: h.emergencies,
      inpatientsNow: h.inpatientsNow,
      censusAt: h.censusAt,
      beds: h.beds,
      bedOccupancy: h.bedOccupancy,
    };
  });
}

/** A province has a few hundred facilities (hospitals and a health station per commune). */
const facilitiesFirst = { fallback: 200, max: 1000 };

/** Facilities of today's provinces in the caller's scope (or of one), from the rollups' small facility sets. */
async function facilities(ctx: Context, a: { province?: unknown; first?: unknown }) {
  const first = firstArg(a.first, facilitiesFirst);
  const province = a.province == null ? null : codeArg('province', a.province, 2, 'mã tỉnh');
  const { scope, role } = ctx.identity;
  if (role === 'public') return [];
  const all = scope.includes('*')
    ? unitRegisters()
        .list('FROM_2025_07', 'PROVINCE')
        .map((u) => u.code)
    : scope;
  const codes = province
    ? all.filter((c) => c === province || c === '*' || (c.length === 5 && unitRegisters().get('FROM_2025_07', 'COMMUNE', c)?.province === province))
    : all;
  const units = [...new Set(province && (scope.includes('*') || scope.includes(province)) ? [province] : codes)]
    .filter((c) => c.length === 2 || c.length === 5)
    .map((code) => ({ register: 'FROM_2025_07' as const, level: code.length === 2 ? ('PROVINCE' as const) : ('COMMUNE' as const), code }));
  const tallies = await Promise.all(units.map((unit) => ctx.loaders.rollups.load({ unit, buckets: ['facilities'], items: true })));
  const byCode = new Map<string, FacilityItem>();
  for (const [t] of tallies) for (const f of facilitiesOf(t, 'FROM_2025_07')) if (!byCode.has(f.code) || f.register === 'FROM_2025_07') byCode.set(f.code, f);
  return [...byCode.values()].sort((x, y) => x.code.localeCompare(y.code)).slice(0, first);
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('health'),
    healthFacilities: (_: unknown, a: { province?: unknown; first?: unknown }, ctx: Context) => facilities(ctx, a),
  },
  Province: { health: health('Province') },
  District: { health: health('District') },
  Commune: { health: health('Commune') },
  HealthStats: {
    indicators: (s: HealthStats) => indicators(s),
    facilities: (s: HealthStats, a: { first?: unknown }) => s.facilities.slice(0, firstArg(a.first, facilitiesFirst)),
    alerts: (s: HealthStats, a: { since?: Date | null; first?: unknown }) => alerts(s, a.since).slice(0, firstArg(a.first, ALERTS_FIRST)),
    series,
  },
  HealthFacilityStats: { facility: (f: FacilityStats) => f.facility },
  HealthFacility: {
    __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.facility.load(ref.code),
    commune: (f: FacilityDoc | FacilityItem) => ({ register: f.unit.register, code: f.unit.code }),
    currentProvince: (f: FacilityDoc | FacilityItem) => ({ register: 'FROM_2025_07', code: f.unit.current.province }),
  },
};
