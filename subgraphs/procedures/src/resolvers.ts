import {
  feedQueries, DateScalar, DateTimeScalar, JSONScalar, periodArgs, dateArg, intArg, badInput, todayInVietnam, registerAt, unitRegisters, selectorOf, rollupFilter, scopeFilter, allOf, startOfDay, levelOfCode, type BaseContext, type UnitReference, type UnitSelector, type Feed,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import type { Models, DossierDoc } from './models';
import { figures, figuresBy, followUpOf, daysLate, type DossierRow, type Figures } from './figures';
import { indicators, alerts } from './indicators';
import { nowOf } from './config';
import { visible } from './access';
import { statusEnum, statusNames, channelEnum, onlineLevelEnum, resolvedStatuses, pendingStatuses } from './codes';

export interface Context extends BaseContext { models: Models; loaders: Loaders; feeds: Feed[] }

interface StatsParent extends Figures { from: string; to: string; now: Date; rows: DossierRow[]; unit: UnitSelector }

/** A dossier with the instant its follow-up status is judged at. */
type DossierOut = DossierDoc & { judgedAt?: Date };

const stats = (typename: 'Province' | 'District' | 'Commune') =>
  async (ref: UnitReference, args: { from: unknown; to: unknown; now?: unknown }, ctx: Context): Promise<StatsParent | null> => {
    const period = periodArgs(args.from, args.to);
    const now = nowOf(args.now);
    const unit = selectorOf(typename, ref);
    if (!visible(ctx.identity, unit)) return null;
    const rows = (await ctx.loaders.dossiersOf.load({ unit, args: { from: period.from, to: period.to } })) ?? [];
    return { from: period.from, to: period.to, now, rows, unit, ...figures(rows, now) };
  };

const periodLabel = (s: StatsParent) => `${s.from}/${s.to}`;

/** The unit a follow-up list is narrowed to, in the register in force on `asOf`. */
function unitArg(code: unknown, asOf: unknown): UnitSelector {
  const register = registerAt(asOf === undefined || asOf === null ? todayInVietnam() : dateArg('asOf', asOf));
  const level = typeof code === 'string' && /^\d+$/.test(code) ? levelOfCode[code.length] : undefined;
  if (!level || !unitRegisters().get(register, level, code as string)) {
    throw badInput('unitCode', code, `không có tỉnh (2 chữ số), huyện (3) hoặc xã (5) mã này trong danh mục ${register}`);
  }
  return { register, level, code: code as string };
}

async function followUp(ctx: Context, a: { from: unknown; to: unknown; unitCode?: unknown; asOf?: unknown; now?: unknown; first?: unknown }): Promise<DossierOut[]> {
  const period = periodArgs(a.from, a.to);
  const now = nowOf(a.now);
  const first = a.first === undefined || a.first === null ? 100 : intArg('first', a.first, 1, 500);
  const unit = a.unitCode === undefined || a.unitCode === null ? {} : rollupFilter(unitArg(a.unitCode, a.asOf));
  const rows = await ctx.models.Dossier.find(allOf(
    unit,
    scopeFilter(ctx.identity),
    { receivedAt: { $gte: startOfDay(period.from), $lt: startOfDay(period.to) } },
    { status: { $in: [...resolvedStatuses, ...pendingStatuses] } },
  )).lean<DossierDoc[]>();
  return rows
    .filter((d) => followUpOf(d, now))
    .map((d) => ({ ...d, judgedAt: now }))
    .sort((x, y) => daysLate(y, now) - daysLate(x, now) || x._id.localeCompare(y._id))
    .slice(0, first);
}

const unitEntity = (register: string, code: string | null) => (code ? { register, code } : null);

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries('procedures', (ctx: Context) => ctx.feeds),
    proceduresFollowUp: (_: unknown, a: Parameters<typeof followUp>[1], ctx: Context) => followUp(ctx, a),
    proceduresDossier: (_: unknown, a: { id: string }, ctx: Context) => ctx.loaders.dossier.load(a.id),
  },
  Province: { procedures: stats('Province') },
  District: { procedures: stats('District') },
  Commune: { procedures: stats('Commune') },
  ProcedureStats: {
    byField: (s: StatsParent) => figuresBy(s.rows, s.now, (d) => [d.fieldCode, d.fieldName]),
    byAgency: (s: StatsParent) => figuresBy(s.rows, s.now, (d) => [d.agency, d.agency]),
    indicators: (s: StatsParent) => indicators(s, periodLabel(s)),
    alerts: (s: StatsParent, a: { since?: Date | null }) => alerts(s.rows, s, s.unit, s.now, periodLabel(s), a.since ?? null),
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
    province: (d: DossierOut) => unitEntity(d.unit.register, d.unit.province),
    district: (d: DossierOut) => unitEntity(d.unit.register, d.unit.district),
    commune: (d: DossierOut) => unitEntity(d.unit.register, d.unit.commune),
    currentProvince: (d: DossierOut) => unitEntity('FROM_2025_07', d.unit.current.province),
    currentCommune: (d: DossierOut) => unitEntity('FROM_2025_07', d.unit.current.commune),
    approximate: (d: DossierOut) => d.unit.current.approximate,
    followUp: (d: DossierOut) => followUpOf(d, d.judgedAt ?? nowOf(undefined)),
    daysLate: (d: DossierOut) => daysLate(d, d.judgedAt ?? nowOf(undefined)),
  },
};
