import {
  feedQueries,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  periodArgs,
  dateArg,
  firstArg,
  ALERTS_FIRST,
  badInput,
  forbidden,
  requestToday,
  registerAt,
  unitRegisters,
  selectorOf,
  targetKey,
  addDays,
  scopeCoversUnit,
  canSeePersonalData,
  figuresVisible,
  levelOfCode,
  listedUrl,
  type BaseContext,
  type UnitReference,
  type UnitSelector,
} from '@ioc/kit';
import type { Loaders } from './loaders';
import type { Models, FeedbackDoc } from './models';
import { figuresOf, figuresBy, followUpOf, type FeedbackRow, type Figures } from './figures';
import { rowsOf } from './rollups';
import { walk, wholeCountry } from './day-index';
import { seriesPeriods, previousPeriod, selects, type Tally, type Every, type Register } from '@ioc/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { indicators, alerts } from './indicators';
import { nowOf, publicBaseUrl } from './config';
import { categories, statuses, doneStatuses, type Category, type Status, type RefusalReason } from './codes';
import { submitFeedback, type SubmitInput } from './intake';
import { transition, moves, rate } from './lifecycle';
import type { PhotoInput } from './photos/input';
import type { PhotoRef } from './photos/store';
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
  rows: FeedbackRow[];
  unit: UnitSelector;
  previous: Figures | null;
}

/** Fields whose answer needs the items (open and hot-spot reports), not only the counters. */
const needItems = ['overdue', 'byCategory', 'byAgency', 'indicators', 'alerts'];

const stats =
  (typename: 'Province' | 'District' | 'Commune') =>
  async (ref: UnitReference, args: { from: unknown; to: unknown; now?: unknown }, ctx: Context, info?: GraphQLResolveInfo): Promise<StatsParent | null> => {
    const period = periodArgs(args.from, args.to);
    const now = nowOf(args.now);
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    // Indicators carry the previous period's value: read with the period, in the same query.
    const periods = selects(info, 'indicators') ? [period, previousPeriod(period)] : [period];
    const [tally, before] = await ctx.loaders.rollups.load({ unit, periods, items: selects(info, ...needItems) });
    const rows = rowsOf(tally);
    return {
      from: period.from,
      to: period.to,
      now,
      tally,
      rows,
      unit,
      previous: before ? figuresOf(before, rowsOf(before), now) : null,
      ...figuresOf(tally, rows, now),
    };
  };

const periodLabel = (s: StatsParent) => `${s.from}/${s.to}`;

/** A unit code of the register in force on `asOf` (default today). */
function unitArg(code: unknown, asOf: unknown): UnitSelector {
  const register = registerAt(asOf === undefined || asOf === null ? requestToday() : dateArg('asOf', asOf));
  const level = typeof code === 'string' && /^\d+$/.test(code) ? levelOfCode[code.length] : undefined;
  if (!level || !unitRegisters().get(register, level, code as string)) {
    throw badInput('unitCode', code, `không có tỉnh (2 chữ số), huyện (3) hoặc xã (5) mã này trong danh mục ${register}`);
  }
  return { register, level, code: code as string };
}

/** How far back the public list of resolved reports looks. */
const resolvedListDays = 730;

/** The day lists a caller's scope reads when no unit is asked: its units of today's register, or the whole country. */
const scopeKeys = (identity: BaseContext['identity']) =>
  identity.scope.includes('*') ? [wholeCountry] : identity.scope.map((c) => targetKey({ register: 'FROM_2025_07', level: levelOfCode[c.length]!, code: c }));

const photoUrl = (id: string) => `${publicBaseUrl(listedUrl('feedback'))}/photos/${id}`;
const unitEntity = (register: Register, code: string | null) => (code ? { register, code } : null);

/** Fields both views share; the public one stops here. */
const reportFields = {
  trackingCode: (d: FeedbackDoc) => d._id,
  categoryName: (d: FeedbackDoc) => categories[d.category as Category],
  statusName: (d: FeedbackDoc) => statuses[d.status as Status],
  photos: (d: FeedbackDoc) => d.photos.map((p: PhotoRef) => ({ ...p, url: photoUrl(p.id) })),
  resultPhotos: (d: FeedbackDoc) => d.resultPhotos.map((p: PhotoRef) => ({ ...p, url: photoUrl(p.id) })),
  unitCode: (d: FeedbackDoc) => d.unit.code,
  register: (d: FeedbackDoc) => d.unit.register,
  currentProvince: (d: FeedbackDoc) => ({ register: 'FROM_2025_07' as const, code: d.unit.current.province }),
  currentCommune: (d: FeedbackDoc) => unitEntity('FROM_2025_07', d.unit.current.commune),
};

/** Who made each step and what they noted: officers and admins only (a person, free text). */
const steps = (d: FeedbackDoc, ctx: Context) => d.history.map((s) => (canSeePersonalData(ctx.identity) ? s : { ...s, by: null, note: null }));

function officerView(ctx: Context, d: FeedbackDoc | null): FeedbackDoc | null {
  if (!d) return null;
  if (!canSeePersonalData(ctx.identity) || !scopeCoversUnit(ctx.identity, d.unit.current))
    throw forbidden(`phản ánh ${d._id} chỉ dành cho cán bộ có phạm vi đơn vị này`);
  return d;
}

const code = (value: unknown) => {
  if (typeof value !== 'string' || value.length < 3 || value.length > 100) throw badInput('trackingCode', value, 'mã theo dõi 3–100 ký tự');
  return value.trim();
};

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('feedback'),
    feedbackByCode: (_: unknown, a: { code: unknown }, ctx: Context) => ctx.loaders.report.load(code(a.code)),
    resolvedFeedback: async (_: unknown, a: { unitCode: unknown; asOf?: unknown; first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, { fallback: 20, max: 100 });
      const today = requestToday();
      const ids = await walk(ctx.db.connection, 'resolved', {
        keys: [targetKey(unitArg(a.unitCode, a.asOf))],
        from: addDays(today, -resolvedListDays),
        to: addDays(today, 1),
        first,
      });
      // The lists are written after the report: a report moved out of RESOLVED/CLOSED since is left out.
      return (await ctx.loaders.report.loadMany(ids)).filter((d): d is FeedbackDoc => !!d && !(d instanceof Error) && doneStatuses.has(d.status as Status));
    },
    feedbackReports: async (
      _: unknown,
      a: { from: unknown; to: unknown; unitCode?: unknown; asOf?: unknown; status?: Status | null; now?: unknown; first?: unknown },
      ctx: Context,
    ) => {
      if (ctx.identity.role === 'public') throw forbidden('danh sách phản ánh cần đăng nhập');
      const period = periodArgs(a.from, a.to);
      const first = firstArg(a.first, { fallback: 100, max: 500 });
      const now = nowOf(a.now);
      const ids = await walk(ctx.db.connection, 'received', {
        keys: a.unitCode === undefined || a.unitCode === null ? scopeKeys(ctx.identity) : [targetKey(unitArg(a.unitCode, a.asOf))],
        from: period.from,
        to: period.to,
        first,
        keep: a.status ? (e) => e.s === a.status : undefined,
      });
      const rows = (await ctx.loaders.report.loadMany(ids)).filter(
        (d): d is FeedbackDoc => !!d && !(d instanceof Error) && scopeCoversUnit(ctx.identity, d.unit.current),
      );
      return rows.map((r) => ({ ...r, judgedAt: now }));
    },
    feedback: async (_: unknown, a: { trackingCode: unknown }, ctx: Context) => officerView(ctx, await ctx.loaders.report.load(code(a.trackingCode))),
  },
  Mutation: {
    submitFeedback: (_: unknown, a: { input: SubmitInput }, ctx: Context) =>
      submitFeedback(ctx.models, ctx.db.connection, a.input, ctx.identity.client ?? 'unknown'),
    acceptFeedback: (_: unknown, a: { trackingCode: string }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.accept()),
    refuseFeedback: (_: unknown, a: { trackingCode: string; reason: RefusalReason; note?: string | null }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.refuse(a.reason, a.note)),
    assignFeedback: (_: unknown, a: { trackingCode: string; agency: string }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.assign(a.agency)),
    startFeedback: (_: unknown, a: { trackingCode: string }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.start()),
    resolveFeedback: (_: unknown, a: { trackingCode: string; result: string; photos?: PhotoInput[] | null }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.resolve(a.result, a.photos)),
    closeFeedback: (_: unknown, a: { trackingCode: string }, ctx: Context) =>
      transition(ctx.models, ctx.db.connection, ctx.identity, code(a.trackingCode), moves.close()),
    rateFeedback: (_: unknown, a: { trackingCode: string; rating: unknown }, ctx: Context) =>
      rate(ctx.models, ctx.db.connection, code(a.trackingCode), a.rating),
  },
  Province: { feedback: stats('Province') },
  District: { feedback: stats('District') },
  Commune: { feedback: stats('Commune') },
  FeedbackStats: {
    byCategory: (s: StatsParent) => figuresBy(s.tally, s.rows, s.now, 'category'),
    // Agencies grow with the data (whoever a report is assigned to); categories are a fixed list.
    byAgency: (s: StatsParent, a: { first?: unknown }) => figuresBy(s.tally, s.rows, s.now, 'agency').slice(0, firstArg(a.first, { fallback: 100, max: 500 })),
    indicators: (s: StatsParent) => indicators(s, periodLabel(s), s.previous),
    alerts: (s: StatsParent, a: { since?: Date | null; first?: unknown }) =>
      alerts(s.rows, s, s.unit, s.now, periodLabel(s), a.since ?? null).slice(0, firstArg(a.first, ALERTS_FIRST)),
    series: async (s: StatsParent, a: { from: unknown; to: unknown; every: Every }, ctx: Context, info: GraphQLResolveInfo) => {
      const range = periodArgs(a.from, a.to);
      const periods = seriesPeriods(range.from, range.to, a.every);
      const tallies = await ctx.loaders.rollups.load({ unit: s.unit, periods, items: selects(info, 'overdue') });
      return periods.map((p, i) => ({ ...p, ...figuresOf(tallies[i], rowsOf(tallies[i]), s.now) }));
    },
  },
  FeedbackReceipt: {
    trackingCode: (d: FeedbackDoc) => d._id,
    unitCode: (d: FeedbackDoc) => d.unit.code,
    register: (d: FeedbackDoc) => d.unit.register,
  },
  PublicFeedback: {
    ...reportFields,
    // An officer's free-text note may name people: the public sees the steps, the reason and the result fields only.
    history: (d: FeedbackDoc) => d.history.map((s) => ({ ...s, by: null, note: null })),
  },
  Feedback: {
    __resolveReference: async (ref: { trackingCode: string }, ctx: Context) => officerView(ctx, await ctx.loaders.report.load(ref.trackingCode)),
    ...reportFields,
    history: (d: FeedbackDoc, _: unknown, ctx: Context) => steps(d, ctx),
    phone: async (d: FeedbackDoc, _: unknown, ctx: Context) => {
      if (!canSeePersonalData(ctx.identity) || d.phone === null) return null;
      await ctx.loaders.phoneRead.load(d._id);
      return d.phone;
    },
    followUp: (d: FeedbackDoc & { judgedAt?: Date }) => followUpOf(d, d.judgedAt ?? nowOf(undefined)),
  },
};
