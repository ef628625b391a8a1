import {
  feedQueries, DateScalar, DateTimeScalar, JSONScalar, periodArgs, codeArg, intArg, selectorOf, scopeFilter, allOf, type BaseContext, type UnitReference,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import type { FacilityDoc, Models } from './models';
import { summarise, type FacilityStats, type HealthStats } from './stats';
import { indicators, alerts } from './indicators';
import { fhirFeed } from './connectors/fhir';

export interface Context extends BaseContext { models: Models; loaders: Loaders }

type UnitType = 'Province' | 'District' | 'Commune';

const health = (type: UnitType) => async (ref: UnitReference, args: { from: unknown; to: unknown; now?: Date | null }, ctx: Context): Promise<HealthStats | null> => {
  const period = periodArgs(args.from, args.to);
  if (ctx.identity.role === 'public') return null;
  const census = new Date(Math.min(period.end.getTime(), (args.now ?? new Date()).getTime()));
  const unit = selectorOf(type, ref);
  const rows = (await ctx.loaders.stats(unit, { start: period.start.getTime(), end: period.end.getTime(), census: census.getTime() })) ?? [];
  return summarise(rows, { start: period.start, end: period.end, census }, unit.register, `${period.from}/${period.to}`);
};

/** Today's-register record of each facility first, one per code. */
function latestPerCode(rows: FacilityDoc[]): FacilityDoc[] {
  const best = new Map<string, FacilityDoc>();
  for (const f of rows) {
    const had = best.get(f.code);
    if (!had || f.unit.register === 'FROM_2025_07') best.set(f.code, f);
  }
  return [...best.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries('health', (ctx: Context) => [fhirFeed(ctx.models)]),
    healthFacilities: async (_: unknown, a: { province?: unknown; first?: unknown }, ctx: Context) => {
      const first = a.first == null ? 200 : intArg('first', a.first, 1, 1000);
      const province = a.province == null ? null : codeArg('province', a.province, 2, 'mã tỉnh');
      const rows = await ctx.models.Resource.find(allOf(
        { kind: 'Organization', ...(province ? { 'unit.current.province': province } : {}) },
        scopeFilter(ctx.identity),
      )).lean<FacilityDoc[]>();
      return latestPerCode(rows).slice(0, first);
    },
  },
  Province: { health: health('Province') },
  District: { health: health('District') },
  Commune: { health: health('Commune') },
  HealthStats: {
    indicators: (s: HealthStats) => indicators(s),
    alerts: (s: HealthStats, a: { since?: Date | null }) => alerts(s, a.since),
  },
  HealthFacilityStats: { facility: (f: FacilityStats) => f.facility },
  HealthFacility: {
    __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.facility.load(ref.code),
    commune: (f: FacilityDoc) => ({ register: f.unit.register, code: f.unit.code }),
    currentProvince: (f: FacilityDoc) => ({ register: 'FROM_2025_07', code: f.unit.current.province }),
  },
};
