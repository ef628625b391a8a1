import type { GraphQLResolveInfo } from 'graphql';
import {
  feedQueries,
  figuresVisible,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  periodArgs,
  dateArg,
  firstArg,
  ALERTS_FIRST,
  badInput,
  requestToday,
  clockUsed,
  startOfDay,
  registerAt,
  unitRegisters,
  selectorOf,
  levelOfCode,
  selects,
  previousPeriod,
  seriesPeriods,
  type BaseContext,
  type Register,
  type UnitReference,
  type UnitSelector,
  type Tally,
  type Every,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import type { Models, DossierDoc } from './models';
import { figuresOf, figuresBy, followUpOf, daysLate, itemsOf, type Figures } from './figures';
import { indicators, alerts } from './indicators';
import { nowOf } from './settings';
import { statusEnum, statusNames, channelEnum, onlineLevelEnum } from './codes';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
}

export interface StatsParent extends Figures {
  from: string;
  to: string;
  now: Date;
  tally: Tally;
  previous: Figures | null;
  unit: UnitSelector;
}

/** A dossier with the instant its follow-up status is judged at. */
export type DossierOut = DossierDoc & { judgedAt?: Date };

/** Fields whose answer needs the follow-up items (the open set), not only the counters. */
const needItems = ['overdue', 'byField', 'byAgency', 'indicators', 'alerts'];

const stats =
  (typename: 'Province' | 'District' | 'Commune') =>
  async (ref: UnitReference, args: { from: unknown; to: unknown; now?: unknown }, ctx: Context, info?: GraphQLResolveInfo): Promise<StatsParent | null> => {
    const period = periodArgs(args.from, args.to);
    // Bounded: the figures say until when their `overdue` holds (figuresOf), the alerts until when their list does.
    const now = nowOf(args.now, { bounded: true });
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    // Indicators carry the previous period's value: read with the period, in the same query.
    const trend = selects(info, 'indicators');
    const periods = trend ? [period, previousPeriod(period)] : [period];
    const [tally, before] = await ctx.loaders.rollups.load({ unit, periods, items: selects(info, ...needItems) });
    return { from: period.from, to: period.to, now, tally, unit, previous: before ? figuresOf(before, now) : null, ...figuresOf(tally, now) };
  };

const periodLabel = (s: { from: string; to: string }) => `${s.from}/${s.to}`;

/** The unit a follow-up list is narrowed to, in the register in force on `asOf`. */
function unitArg(code: unknown, asOf: unknown): UnitSelector {
  const register = registerAt(asOf === undefined || asOf === null ? requestToday() : dateArg('asOf', asOf));
  const level = typeof code === 'string' && /^\d+$/.test(code) ? levelOfCode[code.length] : undefined;
  if (!level || !unitRegisters().get(register, level, code as string)) {
    throw badInput('unitCode', code, `không có tỉnh (2 chữ số), huyện (3) hoặc xã (5) mã này trong danh mục ${register}`);
  }
  return { register, level, code: code as string };
}

/** The units of today's register that make up the caller's whole scope. */
function scopeUnits(ctx: Context): UnitSelector[] {
  const { scope, role } = ctx.identity;
  if (role === 'public') return [];
  const codes = scope.includes('*')
    ? unitRegisters()
        .list('FROM_2025_07', 'PROVINCE')
        .map((u) => u.code)
    : scope;
  return codes.flatMap((code) => {
    const level = levelOfCode[code.length];
    return level && unitRegisters().get('FROM_2025_07', level, code) ? [{ register: 'FROM_2025_07' as const, level, code }] : [];
  });
}

async function followUp(
  ctx: Context,
  a: { from: unknown; to: unknown; unitCode?: unknown; asOf?: unknown; now?: unknown; first?: unknown },
): Promise<DossierOut[]> {
  const period = periodArgs(a.from, a.to);
  const now = nowOf(a.now);
  const first = firstArg(a.first, { fallback: 100, max: 500 });
  const units = a.unitCode === undefined || a.unitCode === null ? scopeUnits(ctx) : [unitArg(a.unitCode, a.asOf)];
  // The open set of every unit asked (scope applied by the reader), one query; then the dossiers by `_id`.
  const tallies = await Promise.all(units.map((unit) => ctx.loaders.rollups.load({ unit, periods: [period], items: true })));
  const items = new Map(tallies.flatMap(([t]) => itemsOf(t)).map((d) => [d.id, d]));
  const chosen = [...items.values()]
    .filter((d) => followUpOf(d, now))
    .sort((x, y) => daysLate(y, now) - daysLate(x, now) || x.id.localeCompare(y.id))
    .slice(0, first);
  const rows = await ctx.loaders.dossier.loadMany(chosen.map((d) => d.id));
  return rows.filter((d): d is DossierDoc => !!d && !(d instanceof Error)).map((d) => ({ ...d, judgedAt: now }));
}

/** Fields of the national catalogue and a province's handling agencies: tens, rarely over a hundred. */
const groupsFirst = { fallback: 100, max: 500 };

const unitEntity = (register: Register, code: string | null) => (code ? { register, code } : null);

/** `series` arguments: the periods of [from, to) cut by `every`. */
async function series(s: StatsParent, a: { from: unknown; to: unknown; every: Every }, ctx: Context, info?: GraphQLResolveInfo) {
  const range = periodArgs(a.from, a.to);
  const periods = seriesPeriods(range.from, range.to, a.every);
  const tallies = await ctx.loaders.rollups.load({ unit: s.unit, periods, items: selects(info, 'overdue') });
  return periods.map((p, i) => ({ ...p, ...figuresOf(tallies[i], s.now) }));
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('procedures'),
    proceduresFollowUp: (_: unknown, a: Parameters<typeof followUp>[1], ctx: Context) => followUp(ctx, a),
    proceduresDossier: (_: unknown, a: { id: string }, ctx: Context) => ctx.loaders.dossier.load(a.id),
  },
  Province: { procedures: stats('Province') },
  District: { procedures: stats('District') },
  Commune: { procedures: stats('Commune') },
  ProcedureStats: {
    // The instant itself, when it is the request's, changes with every request.
    now: (s: StatsParent) => {
      clockUsed(s.now);
      return s.now;
    },
    byField: (s: StatsParent, a: { first?: unknown }) => figuresBy(s.tally, s.now, 'field').slice(0, firstArg(a.first, groupsFirst)),
    byAgency: (s: StatsParent, a: { first?: unknown }) => figuresBy(s.tally, s.now, 'agency').slice(0, firstArg(a.first, groupsFirst)),
    indicators: (s: StatsParent) => indicators(s, periodLabel(s), s.previous),
    alerts: (s: StatsParent, a: { since?: Date | null; first?: unknown }) =>
      alerts(s.tally, s, s.unit, s.now, { label: periodLabel(s), end: startOfDay(s.to) }, a.since ?? null).slice(0, firstArg(a.first, ALERTS_FIRST)),
    series,
  },
  Dossier: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.dossier.load(ref.id),
    id: (d: DossierOut) => d._id,
    status: (d: DossierOut) => statusEnum[d.status],
    statusName: (d: DossierOut) => statusNames[d.status],
    channel: (d: DossierOut) => channelEnum[d.channel],
    onlineLevel: (d: DossierOut) => (d.onlineLevel ? onlineLevelEnum[d.onlineLevel] : null),
    unitCode: (d: DossierOut) => d.unit.code,
    register: (d: DossierOut) => d.unit.register,
    // Every dossier's unit lies in a province (resolveUnit finds it), so these two are never null.
    province: (d: DossierOut) => unitEntity(d.unit.register, d.unit.province)!,
    district: (d: DossierOut) => unitEntity(d.unit.register, d.unit.district),
    commune: (d: DossierOut) => unitEntity(d.unit.register, d.unit.commune),
    currentProvince: (d: DossierOut) => unitEntity('FROM_2025_07', d.unit.current.province)!,
    currentCommune: (d: DossierOut) => unitEntity('FROM_2025_07', d.unit.current.commune),
    approximate: (d: DossierOut) => d.unit.current.approximate,
    followUp: (d: DossierOut) => followUpOf(d, d.judgedAt ?? nowOf(undefined)),
    daysLate: (d: DossierOut) => daysLate(d, d.judgedAt ?? nowOf(undefined)),
  },
};
