import {
  feedQueries,
  figuresVisible,
  derived,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  badInput,
  selectorOf,
  scopeCoversUnit,
  selects,
  firstArg,
  ALERTS_FIRST,
  type BaseContext,
  type Every,
  type UnitSelector,
  type UnitReference,
  type Indicator,
} from '@ioc/kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { Loaders } from './loaders';
import type { Models, SchoolDoc } from './models';
import { parseSchoolYear, previousSchoolYear } from './school-year';
import { statsOf, type Stats } from './stats';
import { indicators, alerts } from './indicators';
import { educationSeries } from './series';
import type { EducationItem } from './rollup';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
}

type UnitType = 'Province' | 'District' | 'Commune';
export type StatsOut = Stats & { indicators: Indicator[]; unit: UnitSelector; items: EducationItem[] };

function schoolYearArg(value: unknown): string {
  if (typeof value !== 'string' || !parseSchoolYear(value))
    throw badInput('schoolYear', value, 'năm học có dạng YYYY-YYYY với hai năm liên tiếp, ví dụ 2024-2025');
  return value;
}

const education =
  (typename: UnitType) =>
  async (ref: UnitReference, args: { schoolYear: unknown }, ctx: Context, info?: GraphQLResolveInfo): Promise<StatsOut | null> => {
    const schoolYear = schoolYearArg(args.schoolYear);
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    // The year before gives the indicators' `previous`; the open set is read only when alerts are asked.
    const before = previousSchoolYear(schoolYear);
    const [tally, previous] = await ctx.loaders.rollups.load({ unit, buckets: [schoolYear, before], items: selects(info, 'alerts') });
    // Kept with the tallies while nothing is written; the indicators read settings, so they are made each time.
    const stats = derived(tally, `education.stats|${schoolYear}`, () => statsOf(schoolYear, tally));
    const last = derived(previous, `education.stats|${before}`, () => statsOf(before, previous));
    const items = derived(tally, 'education.items', () => [...tally.items.values()] as unknown as EducationItem[]);
    return { ...stats, indicators: indicators(stats, last), unit, items };
  };

const placeOf = (s: SchoolDoc) => (s.unitPost ?? s.unitPre)!.current;

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('education'),
    educationSchool: async (_: unknown, a: { code: unknown }, ctx: Context) => {
      if (typeof a.code !== 'string' || a.code.trim() === '' || a.code.length > 40) throw badInput('code', a.code, 'cần mã trường (MaTruong)');
      const school = await ctx.models.School.findById(a.code.trim()).lean<SchoolDoc>();
      return school && scopeCoversUnit(ctx.identity, placeOf(school)) ? school : null;
    },
  },
  Province: { education: education('Province') },
  District: { education: education('District') },
  Commune: {
    education: education('Commune'),
    schools: async (ref: UnitReference, a: { first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, { fallback: 100, max: 500 });
      return ((await ctx.loaders.schools[ref.register].load({ unit: selectorOf('Commune', ref), args: undefined })) ?? []).slice(0, first);
    },
  },
  EducationStats: {
    alerts: (s: StatsOut, a: { since?: Date | null; first?: unknown }) => alerts(s.items, a.since ?? null).slice(0, firstArg(a.first, ALERTS_FIRST)),
    series: (s: StatsOut, a: { from: unknown; to: unknown; every: Every }, ctx: Context) => educationSeries(ctx.loaders.rollups, s.unit, a.from, a.to, a.every),
  },
  School: {
    __resolveReference: (ref: { code: string }, ctx: Context) =>
      ctx.models.School.findById(ref.code)
        .lean<SchoolDoc>()
        .then((s) => (s && scopeCoversUnit(ctx.identity, placeOf(s)) ? s : null)),
    code: (s: SchoolDoc) => s._id,
    nationalStandard: (s: SchoolDoc) => s.standard,
    communeCode: (s: SchoolDoc) => s.commune,
    currentProvince: (s: SchoolDoc) => placeOf(s).province,
    currentCommune: (s: SchoolDoc) => placeOf(s).commune,
  },
};
