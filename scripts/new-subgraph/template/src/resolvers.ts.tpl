import {
  feedQueries, DateScalar, DateTimeScalar, JSONScalar, periodArgs, selectorOf, figuresVisible,
  type BaseContext, type UnitReference,
} from '@ioc/kit';
import type { Loaders, Row } from './loaders';
import type { Models, RecordDoc } from './models';
import type { Resolvers, Alert } from './generated/resolvers';

export interface Context extends BaseContext { models: Models; loaders: Loaders }

const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.value, 0);

const stats = (typename: 'Province' | 'District' | 'Commune') =>
  async (ref: UnitReference, args: { from: unknown; to: unknown }, ctx: Context) => {
    const period = periodArgs(args.from, args.to);
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    const rows = (await ctx.loaders.rowsOf.load({ unit, args: { from: period.from, to: period.to } })) ?? [];
    const kinds = new Map<string, Row[]>();
    for (const r of rows) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
    return {
      from: period.from,
      to: period.to,
      records: rows.length,
      total: sum(rows),
      byKind: [...kinds.entries()].map(([kind, list]) => ({ kind, records: list.length, total: sum(list) }))
        .sort((a, b) => b.records - a.records || a.kind.localeCompare(b.kind)),
      // Replace with the sector's headline figures and targets (cite the regulation that sets one).
      indicators: [{ code: '__CAMEL__.records', name: 'Số bản ghi', value: rows.length, unit: 'bản ghi', target: null, status: 'GOOD', period: `${period.from}/${period.to}`, source: 'Cấu hình' }],
      alerts: [] as Alert[],
    };
  };

/** What a unit's statistics field hands on to __PASCAL__Stats (its mapper in codegen.json). */
export type StatsParent = NonNullable<Awaited<ReturnType<ReturnType<typeof stats>>>>;

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('__CAMEL__'),
    __CAMEL__Record: (_: unknown, a: { id: string }, ctx: Context) => ctx.loaders.record.load(a.id),
  },
  Province: { __CAMEL__: stats('Province') },
  District: { __CAMEL__: stats('District') },
  Commune: { __CAMEL__: stats('Commune') },
  __PASCAL__Stats: {
    alerts: (s: StatsParent, a: { since?: Date | null }) => s.alerts.filter((x) => !a.since || x.time >= a.since),
  },
  __PASCAL__Record: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.record.load(ref.id),
    id: (r: RecordDoc) => r._id,
    unitCode: (r: RecordDoc) => r.unit.code,
    register: (r: RecordDoc) => r.unit.register,
    currentProvince: (r: RecordDoc) => ({ register: 'FROM_2025_07' as const, code: r.unit.current.province }),
  },
};
