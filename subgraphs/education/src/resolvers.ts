import {
  feedQueries,
  figuresVisible,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  badInput,
  registerAt,
  selectorOf,
  scopeCoversUnit,
  type BaseContext,
  type UnitReference,
  type Indicator,
  type Register,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import { unitPath } from './loaders';
import type { Models, SchoolDoc } from './models';
import { parseSchoolYear, schoolYearStart } from './school-year';
import { computeStats, type Stats, type StatsInput } from './stats';
import { indicators, alerts } from './indicators';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
}

type UnitType = 'Province' | 'District' | 'Commune';
export type StatsOut = Stats & { indicators: Indicator[]; input: StatsInput; register: Register };

function schoolYearArg(value: unknown): string {
  if (typeof value !== 'string' || !parseSchoolYear(value))
    throw badInput('schoolYear', value, 'năm học có dạng YYYY-YYYY với hai năm liên tiếp, ví dụ 2024-2025');
  return value;
}

const education =
  (typename: UnitType) =>
  async (ref: UnitReference, args: { schoolYear: unknown }, ctx: Context): Promise<StatsOut | null> => {
    const schoolYear = schoolYearArg(args.schoolYear);
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    const register = registerAt(schoolYearStart(schoolYear));
    const schools = (await ctx.loaders.schools[register].load({ unit, args: undefined })) ?? [];
    const keys = schools.map((s) => ({ school: s._id, schoolYear }));
    const [enrolment, teachers] = await Promise.all([ctx.loaders.enrolment.loadMany(keys), ctx.loaders.teachers.loadMany(keys)]);
    const failed = [...enrolment, ...teachers].find((r) => r instanceof Error);
    if (failed) throw failed;
    const input: StatsInput = {
      schoolYear,
      schools,
      enrolment: enrolment.map((r) => (r as StatsInput['enrolment'][number] | null) ?? []),
      teachers: teachers as StatsInput['teachers'],
    };
    const stats = computeStats(input);
    return { ...stats, indicators: indicators(stats), input, register };
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
    schools: async (ref: UnitReference, _: unknown, ctx: Context) =>
      (await ctx.loaders.schools[ref.register].load({ unit: selectorOf('Commune', ref), args: undefined })) ?? [],
  },
  EducationStats: {
    alerts: (s: StatsOut, a: { since?: Date | null }) => alerts(s.input, s, (school) => school[unitPath[s.register]]!, a.since ?? null),
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
