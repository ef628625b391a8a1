/**
 * Every unit read answers from the kit's in-memory registers (static, versioned data loaded once per
 * process): lookups, trees, search and reform links cost no database round trip. Only district
 * boundaries, large and read rarely, are read from the database.
 */
import {
  DateScalar,
  JSONScalar,
  dateArg,
  requestToday,
  codeArg,
  badInput,
  registerAt,
  resolveUnit,
  UnitError,
  unitRegisters,
  type Register,
  type Level,
  type Unit,
  type BaseContext,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import { searchUnits, type SearchArgs } from './search';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  loaders: Loaders;
}

const typename: Record<Level, 'Province' | 'District' | 'Commune'> = { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' };

function registerOf(asOf: unknown): Register {
  return registerAt(asOf === undefined || asOf === null ? requestToday() : dateArg('asOf', asOf));
}

const unit = (register: Register, level: Level, code: string): Unit | null => unitRegisters().get(register, level, code) ?? null;

const reference = (level: Level) => (ref: { register: Register; code: string }) => unit(ref.register, level, ref.code);

const links = (field: 'successorsOf' | 'predecessorsOf') => (u: Unit) => unitRegisters()[field](u);

const children = (u: Unit) => unitRegisters().childrenOf(u);

/** An old province's communes lie under its districts; a new province's directly under it. */
const communesOf = (u: Unit) => (u.register === 'PRE_2025_07' ? children(u).flatMap(children) : children(u));

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    provinces: (_: unknown, args: { asOf?: unknown }) =>
      unitRegisters()
        .list(registerOf(args.asOf), 'PROVINCE')
        .sort((a, b) => a.code.localeCompare(b.code)),
    province: (_: unknown, a: { code: unknown; asOf?: unknown }) => unit(registerOf(a.asOf), 'PROVINCE', codeArg('code', a.code, 2, 'mã tỉnh')),
    district: (_: unknown, a: { code: unknown; asOf?: unknown }) => unit(registerOf(a.asOf), 'DISTRICT', codeArg('code', a.code, 3, 'mã huyện')),
    commune: (_: unknown, a: { code: unknown; asOf?: unknown }) => unit(registerOf(a.asOf), 'COMMUNE', codeArg('code', a.code, 5, 'mã xã')),
    searchUnits: (_: unknown, args: SearchArgs & { asOf?: unknown }) => searchUnits(registerOf(args.asOf), args),
    registers: () => {
      const reg = unitRegisters();
      const count = (r: Register, l: Level) => reg.list(r, l).length;
      return [
        {
          register: 'PRE_2025_07',
          validFrom: null,
          validTo: reg.meta.pre.validTo,
          provinces: count('PRE_2025_07', 'PROVINCE'),
          districts: count('PRE_2025_07', 'DISTRICT'),
          communes: count('PRE_2025_07', 'COMMUNE'),
        },
        {
          register: 'FROM_2025_07',
          validFrom: reg.meta.post.validFrom,
          validTo: null,
          provinces: count('FROM_2025_07', 'PROVINCE'),
          districts: 0,
          communes: count('FROM_2025_07', 'COMMUNE'),
        },
      ];
    },
    resolveUnitCode: (_: unknown, a: { code: unknown; date: unknown }) => {
      const date = dateArg('date', a.date);
      let r;
      try {
        r = resolveUnit(a.code, date, 'code');
      } catch (e) {
        if (e instanceof UnitError && /^\d+$/.test(String(a.code)) && [2, 3, 5].includes(String(a.code).length)) return null;
        if (e instanceof UnitError) throw badInput('code', a.code, 'mã đơn vị hành chính gồm 2, 3 hoặc 5 chữ số');
        throw e;
      }
      return {
        reported: unit(r.register, r.level, r.code)!,
        legacyCode: r.legacyCode,
        currentProvince: unit('FROM_2025_07', 'PROVINCE', r.current.province)!,
        currentCommune: r.current.commune ? unit('FROM_2025_07', 'COMMUNE', r.current.commune) : null,
        approximate: r.current.approximate,
      };
    },
  },
  AdminUnit: { __resolveType: (u: Unit) => typename[u.level] },
  Province: {
    __resolveReference: reference('PROVINCE'),
    districts: (u: Unit) => (u.register === 'PRE_2025_07' ? children(u) : []),
    communes: communesOf,
    successors: links('successorsOf'),
    predecessors: links('predecessorsOf'),
  },
  District: {
    __resolveReference: reference('DISTRICT'),
    // A unit's province is in the same register: the lookup always finds it.
    province: (u: Unit) => unit(u.register, 'PROVINCE', u.province)!,
    communes: children,
    boundary: async (u: Unit, _: unknown, ctx: Context) => {
      const b = await ctx.loaders.boundary.load(u.code);
      return b ? JSON.parse(b.geometry) : null;
    },
    successors: links('successorsOf'),
  },
  Commune: {
    __resolveReference: reference('COMMUNE'),
    district: (u: Unit) => (u.district ? unit(u.register, 'DISTRICT', u.district) : null),
    // A unit's province is in the same register: the lookup always finds it.
    province: (u: Unit) => unit(u.register, 'PROVINCE', u.province)!,
    successors: links('successorsOf'),
    predecessors: links('predecessorsOf'),
  },
};
