
import {
  DateScalar, JSONScalar, dateArg, todayInVietnam, codeArg, intArg, badInput,
  registerAt, foldQuery, resolveUnit, UnitError, unitRegisters, type Register, type Level, type BaseContext,
} from '@ioc/kit';
import type { Loaders, UnitId } from './loaders';
import type { Models, UnitDoc } from './models';

export interface Context extends BaseContext { loaders: Loaders; models: Models }

const typename: Record<string, string> = { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' };

function registerOf(asOf: unknown): Register {
  return registerAt(asOf === undefined || asOf === null ? todayInVietnam() : dateArg('asOf', asOf));
}

const load = (ctx: Context, register: string, level: Level, code: string) => ctx.loaders.unit.load({ register: register as Register, level, code });

const reference = (level: Level) => (ref: { register: Register; code: string }, ctx: Context) => load(ctx, ref.register, level, ref.code);

const links = (level: Level, field: 'successors' | 'predecessors') => async (u: UnitDoc, _: unknown, ctx: Context) => {
  const list = u[field] ?? [];
  const units = await ctx.loaders.unit.loadMany(list.map((l) => ({ register: (u.register === 'PRE_2025_07' ? 'FROM_2025_07' : 'PRE_2025_07') as Register, level: (l.level ?? level) as Level, code: l.code })));
  return list.map((l, i) => ({ unit: units[i], share: l.share }));
};

const maxSearchText = 100;

async function search(ctx: Context, args: { text: unknown; level?: Level | null; asOf?: unknown; first?: unknown }) {
  if (typeof args.text !== 'string' || args.text.trim() === '') throw badInput('text', args.text, 'cần nhập tên đơn vị cần tìm');
  if (args.text.length > maxSearchText) throw badInput('text', args.text, `tối đa ${maxSearchText} ký tự`);
  const first = args.first === undefined || args.first === null ? 20 : intArg('first', args.first, 1, 100);
  const register = registerOf(args.asOf);
  const q = foldQuery(args.text);
  if (q === '') throw badInput('text', args.text, 'cần có chữ hoặc số');
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const filter = { register, search: { $regex: `(^| )${escaped}` } };
  const levels: Level[] = args.level ? [args.level] : ['PROVINCE', 'DISTRICT', 'COMMUNE'];
  // Every candidate is ranked; the cap bounds the work for a one-letter query.
  const rows = (await Promise.all(levels.map((l) => ctx.models.Units[l].find(filter).limit(2000).lean()))).flat();
  const levelRank: Record<string, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
  const rank = (r: UnitDoc) => (r.search === q ? 0 : r.search.startsWith(q) ? 1 : 2);
  rows.sort((a, b) => rank(a) - rank(b) || levelRank[a.level] - levelRank[b.level] || a.search.localeCompare(b.search) || a.code.localeCompare(b.code));
  const top = rows.slice(0, first);
  const provinces = await ctx.loaders.unit.loadMany(top.map((r) => ({ register, level: 'PROVINCE' as Level, code: r.province })));
  return top.map((r, i) => ({ unit: r, level: r.level, register: r.register, code: r.code, name: r.name, provinceName: (provinces[i] as UnitDoc).name, exact: r.search === q }));
}

export const resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    provinces: async (_: unknown, args: { asOf?: unknown }, ctx: Context) => {
      const register = registerOf(args.asOf);
      const rows = await ctx.models.Units.PROVINCE.find({ register }).sort({ code: 1 }).lean();
      for (const r of rows) ctx.loaders.unit.prime({ register, level: 'PROVINCE', code: r.code }, r);
      return rows;
    },
    province: (_: unknown, a: { code: unknown; asOf?: unknown }, ctx: Context) => load(ctx, registerOf(a.asOf), 'PROVINCE', codeArg('code', a.code, 2, 'mã tỉnh')),
    district: (_: unknown, a: { code: unknown; asOf?: unknown }, ctx: Context) => {
      const code = codeArg('code', a.code, 3, 'mã huyện');
      const register = registerOf(a.asOf);
      return register === 'PRE_2025_07' ? load(ctx, register, 'DISTRICT', code) : null;
    },
    commune: (_: unknown, a: { code: unknown; asOf?: unknown }, ctx: Context) => load(ctx, registerOf(a.asOf), 'COMMUNE', codeArg('code', a.code, 5, 'mã xã')),
    searchUnits: (_: unknown, args: Parameters<typeof search>[1], ctx: Context) => search(ctx, args),
    registers: () => {
      const reg = unitRegisters();
      const count = (r: Register, l: Level) => reg.list(r, l).length;
      return [
        { register: 'PRE_2025_07', validFrom: null, validTo: reg.meta.pre.validTo, provinces: count('PRE_2025_07', 'PROVINCE'), districts: count('PRE_2025_07', 'DISTRICT'), communes: count('PRE_2025_07', 'COMMUNE') },
        { register: 'FROM_2025_07', validFrom: reg.meta.post.validFrom, validTo: null, provinces: count('FROM_2025_07', 'PROVINCE'), districts: 0, communes: count('FROM_2025_07', 'COMMUNE') },
      ];
    },
    resolveUnitCode: async (_: unknown, a: { code: unknown; date: unknown }, ctx: Context) => {
      const date = dateArg('date', a.date);
      let r;
      try { r = resolveUnit(a.code, date, 'code'); } catch (e) {
        if (e instanceof UnitError && /^\d+$/.test(String(a.code)) && [2, 3, 5].includes(String(a.code).length)) return null;
        if (e instanceof UnitError) throw badInput('code', a.code, 'mã đơn vị hành chính gồm 2, 3 hoặc 5 chữ số');
        throw e;
      }
      const [reported, province, commune] = await Promise.all([
        load(ctx, r.register, r.level, r.code),
        load(ctx, 'FROM_2025_07', 'PROVINCE', r.current.province),
        r.current.commune ? load(ctx, 'FROM_2025_07', 'COMMUNE', r.current.commune) : null,
      ]);
      return { reported, legacyCode: r.legacyCode, currentProvince: province, currentCommune: commune, approximate: r.current.approximate };
    },
  },
  AdminUnit: { __resolveType: (u: UnitDoc) => typename[u.level] },
  UnitLink: {},
  Province: {
    __resolveReference: reference('PROVINCE'),
    districts: (u: UnitDoc, _: unknown, ctx: Context) => (u.register === 'PRE_2025_07'
      ? ctx.loaders.children.load({ register: u.register as Register, level: 'PROVINCE', code: u.code, childLevel: 'DISTRICT', via: 'parent' })
      : []),
    communes: (u: UnitDoc, _: unknown, ctx: Context) => ctx.loaders.children.load({ register: u.register as Register, level: 'PROVINCE', code: u.code, childLevel: 'COMMUNE', via: 'province' }),
    successors: links('PROVINCE', 'successors'),
    predecessors: links('PROVINCE', 'predecessors'),
  },
  District: {
    __resolveReference: reference('DISTRICT'),
    province: (u: UnitDoc, _: unknown, ctx: Context) => load(ctx, u.register, 'PROVINCE', u.province),
    communes: (u: UnitDoc, _: unknown, ctx: Context) => ctx.loaders.children.load({ register: u.register as Register, level: 'DISTRICT', code: u.code, childLevel: 'COMMUNE', via: 'parent' }),
    boundary: async (u: UnitDoc, _: unknown, ctx: Context) => {
      const b = await ctx.loaders.boundary.load(u.code);
      return b ? JSON.parse(b.geometry) : null;
    },
    successors: links('COMMUNE', 'successors'),
  },
  Commune: {
    __resolveReference: reference('COMMUNE'),
    district: (u: UnitDoc, _: unknown, ctx: Context) => (u.district ? load(ctx, u.register, 'DISTRICT', u.district) : null),
    province: (u: UnitDoc, _: unknown, ctx: Context) => load(ctx, u.register, 'PROVINCE', u.province),
    successors: links('COMMUNE', 'successors'),
    predecessors: links('COMMUNE', 'predecessors'),
  },
};

export type { UnitId };

