import {
  feedQueries,
  figuresVisible,
  derived,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  badInput,
  codeArg,
  intArg,
  firstArg,
  ALERTS_FIRST,
  forbidden,
  allOf,
  scopeFilter,
  selectorOf,
  selects,
  periodArgs,
  type BaseContext,
  type UnitReference,
  type UnitSelector,
  type Tally,
  type Every,
} from '@ioc/kit';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { landUse } from './reference/land-use-codes';
import { landStats, updatedFigures, type LandStats } from './stats';
import { SNAPSHOT, type MismatchItem } from './rollup';
import { landIndicators, landAlerts, mismatchAlerts, lowCertification } from './indicators';
import { settings } from './settings';
import type { Loaders } from './loaders';
import type { Models, ParcelDoc } from './models';
import type { Resolvers } from './generated/resolvers';

export interface Context extends BaseContext {
  models: Models;
  loaders: Loaders;
}

export interface LandParent {
  unit: UnitSelector;
  tally: Tally;
  stats: LandStats;
}

const landOf =
  (typename: 'Province' | 'District' | 'Commune') =>
  async (ref: UnitReference, _: unknown, ctx: Context, info?: GraphQLResolveInfo): Promise<LandParent | null> => {
    const unit = selectorOf(typename, ref);
    if (!figuresVisible(ctx.identity, unit)) return null;
    // The open set of mismatches is read only when alerts are asked.
    const [tally] = await ctx.loaders.rollups.load({ unit, buckets: [SNAPSHOT], items: selects(info, 'alerts') });
    return { unit, tally, stats: derived(tally, 'land.stats', () => landStats(tally)) };
  };

function requireLogin(ctx: Context): void {
  if (ctx.identity.role === 'public') throw forbidden('dữ liệu thửa đất cần đăng nhập');
}

/** A box of at most half a degree (≈ 55 km) a side: a map view, not a province dump. */
const maxBoxSide = 0.5;

function boxArgs(a: { minLon: unknown; minLat: unknown; maxLon: unknown; maxLat: unknown }) {
  const num = (name: string, v: unknown, lo: number, hi: number) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) throw badInput(name, v, `cần số độ từ ${lo} đến ${hi}`);
    return v;
  };
  const box = {
    minLon: num('minLon', a.minLon, -180, 180),
    minLat: num('minLat', a.minLat, -90, 90),
    maxLon: num('maxLon', a.maxLon, -180, 180),
    maxLat: num('maxLat', a.maxLat, -90, 90),
  };
  if (box.maxLon <= box.minLon) throw badInput('maxLon', box.maxLon, `phải lớn hơn minLon (${box.minLon})`);
  if (box.maxLat <= box.minLat) throw badInput('maxLat', box.maxLat, `phải lớn hơn minLat (${box.minLat})`);
  if (box.maxLon - box.minLon > maxBoxSide) throw badInput('maxLon', box.maxLon, `khung tối đa ${maxBoxSide}° mỗi cạnh`);
  if (box.maxLat - box.minLat > maxBoxSide) throw badInput('maxLat', box.maxLat, `khung tối đa ${maxBoxSide}° mỗi cạnh`);
  return box;
}

const useOf = (code: string) => {
  const u = landUse(code);
  // Import checks every code against the catalogue, but a parcel stored under an older catalogue
  // may carry a code a later one dropped: that parcel answers a clear error, not a crash.
  if (!u) throw new GraphQLError(`Mã loại đất "${code}" của thửa không còn trong danh mục`, { extensions: { code: 'UNKNOWN_LAND_USE', value: code } });
  return { code: u.code, name: u.name, group: u.group, legacy: u.legacy === true };
};

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...feedQueries<Context>('land'),
    landParcel: (_: unknown, a: { commune: unknown; sheet: unknown; number: unknown }, ctx: Context) => {
      requireLogin(ctx);
      const commune = codeArg('commune', a.commune, 5, 'mã xã');
      const id = `${commune}-${intArg('sheet', a.sheet, 1, 1_000_000)}-${intArg('number', a.number, 1, 1_000_000)}`;
      return ctx.loaders.parcel.load(id);
    },
    landParcelsInBox: async (_: unknown, a: { minLon: unknown; minLat: unknown; maxLon: unknown; maxLat: unknown; first?: unknown }, ctx: Context) => {
      requireLogin(ctx);
      const box = boxArgs(a);
      const first = firstArg(a.first, { fallback: 500, max: 2000 });
      const overlaps = { minLon: { $lte: box.maxLon }, maxLon: { $gte: box.minLon }, minLat: { $lte: box.maxLat }, maxLat: { $gte: box.minLat } };
      const rows = await ctx.models.Parcel.find(allOf(overlaps, scopeFilter(ctx.identity)), { _hash: 0, _version: 0, _ingestedAt: 0 })
        .sort({ _id: 1 })
        .limit(first)
        .lean<ParcelDoc[]>();
      for (const r of rows) ctx.loaders.parcel.prime(r._id, r);
      return rows;
    },
  },
  Province: { land: landOf('Province') },
  District: { land: landOf('District') },
  Commune: { land: landOf('Commune') },
  LandStats: {
    parcels: (p: LandParent) => p.stats.parcels,
    area: (p: LandParent) => p.stats.area,
    certifiedParcels: (p: LandParent) => p.stats.certifiedParcels,
    certifiedArea: (p: LandParent) => p.stats.certifiedArea,
    certifiedShare: (p: LandParent) => p.stats.certifiedShare,
    certifiedAreaShare: (p: LandParent) => p.stats.certifiedAreaShare,
    byUse: (p: LandParent) => p.stats.byUse,
    byGroup: (p: LandParent) => p.stats.byGroup,
    indicators: (p: LandParent) => landIndicators(p.stats),
    alerts: async (p: LandParent, a: { since?: Date | null; first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, ALERTS_FIRST);
      const threshold = settings().areaMismatch;
      const ranked = derived(p.tally, `land.mismatches|${threshold}`, () =>
        mismatchAlerts([...p.tally.items.values()] as unknown as MismatchItem[], threshold),
      );
      // The newest update is read only for the coverage alert, not on every read of the alerts.
      const newest = lowCertification(p.stats) ? await ctx.loaders.newest.load(p.unit) : null;
      return landAlerts(p.unit, ranked, newest, p.stats, a.since ?? null).slice(0, first);
    },
    series: async (p: LandParent, a: { from: unknown; to: unknown; every: Every }, ctx: Context) => {
      const range = periodArgs(a.from, a.to);
      const periods = await ctx.loaders.rollups.series(p.unit, { from: range.from, to: range.to }, a.every);
      return periods.map((x) => ({ from: x.from, to: x.to, ...updatedFigures(x.tally) }));
    },
  },
  Parcel: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.parcel.load(ref.id),
    id: (p: ParcelDoc) => p._id,
    communeCode: (p: ParcelDoc) => p.unit.code,
    commune: (p: ParcelDoc) => ({ register: p.unit.register, code: p.unit.code }),
    currentCommune: (p: ParcelDoc) => (p.unit.current.commune ? { register: 'FROM_2025_07', code: p.unit.current.commune } : null),
    currentProvince: (p: ParcelDoc) => ({ register: 'FROM_2025_07', code: p.unit.current.province }),
    approximate: (p: ParcelDoc) => p.unit.current.approximate,
    use: (p: ParcelDoc) => useOf(p.uses[0]),
    uses: (p: ParcelDoc) => p.uses.map(useOf),
    geometry: (p: ParcelDoc) => JSON.parse(p.geometry),
    bbox: (p: ParcelDoc) => [p.minLon, p.minLat, p.maxLon, p.maxLat],
  },
};
