import {
  feedQueries,
  figuresVisible,
  badInput,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  periodArgs,
  firstArg,
  ALERTS_FIRST,
  selectorOf,
  type BaseContext,
  type Every,
  type UnitReference,
  type UnitSelector,
} from '@ioc/kit';
import { HOUR_MS, type HourlyAqi } from './aqi';
import { alerts } from './alerts';
import { indicators } from './indicators';
import { periodSeries } from './period-stats';
import type { Loaders } from './loaders';
import { listingDay, type StationDoc } from './models';
import { addBandHours, bandHours } from './series';
import type { Resolvers, AirQualityHour, Pollutant } from './generated/resolvers';

export interface Context extends BaseContext {
  loaders: Loaders;
}

export interface Stats {
  unit: UnitSelector;
}

/** A series reads every station-day of its range: a year at most. */
const MAX_SERIES_DAYS = 366;

/** An hourly series over more than this many days is refused: ask `daily` for longer spans. */
const MAX_HOURLY_DAYS = 31;

/** Which listing of a station to show: the asked register's, else the newest. */
function preferred(entries: StationDoc[], register: string | null): StationDoc | undefined {
  const rank = (e: StationDoc) => [e.unit.register === register ? 1 : 0, listingDay(e)] as const;
  return entries.reduce<StationDoc | undefined>((best, e) => {
    if (!best) return e;
    const [a, b] = [rank(e), rank(best)];
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) ? e : best;
  }, undefined);
}

/**
 * The stations of a unit, one entry each: the listing of the asked register when a station has
 * one, else its newest. A station counts in the unit only when that listing places it there, so a
 * station whose listings of the two registers point to units that do not match (an old commune
 * split differently) is never counted in two units of one register.
 */
async function stationsOf(s: Stats, ctx: Context): Promise<StationDoc[]> {
  const matched = await ctx.loaders.unitStations(s.unit);
  const ids = new Set(matched.map((e) => e._id));
  const everyEntry = await ctx.loaders.stationEntries.loadMany([...new Set(matched.map((e) => e.code))]);
  const chosen = everyEntry.map((list) => preferred(Array.isArray(list) ? list : [], s.unit.register)).filter((e): e is StationDoc => !!e && ids.has(e._id));
  return chosen.sort((a, b) => a.code.localeCompare(b.code));
}

/** A province runs tens of automatic air stations; a few hundred would be a dense national network. */
const stationsFirst = { fallback: 100, max: 500 };

const stationByCode = async (code: string, ctx: Context) =>
  ctx.identity.role === 'public' ? null : (preferred((await ctx.loaders.stationEntries.load(code)) ?? [], 'FROM_2025_07') ?? null);

const hour = (h: HourlyAqi): AirQualityHour => ({
  time: h.time,
  value: h.value,
  band: h.band.code,
  label: h.band.labelVi,
  colour: h.band.hex,
  dominant: h.dominant,
  subIndices: (Object.entries(h.subIndices) as [Pollutant, number][]).map(([pollutant, value]) => ({ pollutant, value })),
});

const bands = (list: ReturnType<typeof bandHours>) =>
  list.map((b) => ({ band: b.band.code, label: b.band.labelVi, colour: b.band.hex, hours: b.hours, hoursAtOrAbove: b.hoursAtOrAbove }));

async function stationHours(s: StationDoc, from: unknown, to: unknown, ctx: Context) {
  const p = periodArgs(from, to);
  return ctx.loaders.aqi.hours(s.code, p.start, p.end);
}

const environment =
  (typename: 'Province' | 'District' | 'Commune') =>
  (ref: UnitReference, _: unknown, ctx: Context): Stats | null => {
    const unit = selectorOf(typename, ref);
    return figuresVisible(ctx.identity, unit) ? { unit } : null;
  };

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    environmentStation: (_: unknown, a: { code: string }, ctx: Context) => stationByCode(a.code, ctx),
    ...feedQueries<Context>('environment'),
  },
  Province: { environment: environment('Province') },
  District: { environment: environment('District') },
  Commune: { environment: environment('Commune') },
  EnvironmentStats: {
    stations: async (s: Stats, a: { first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, stationsFirst);
      return (await stationsOf(s, ctx)).slice(0, first);
    },
    stationCount: async (s: Stats, _: unknown, ctx: Context) => (await stationsOf(s, ctx)).length,
    hoursByBand: async (s: Stats, a: { from: unknown; to: unknown }, ctx: Context) => {
      const stations = await stationsOf(s, ctx);
      const tallies = await Promise.all(stations.map(async (st) => bandHours(await stationHours(st, a.from, a.to, ctx))));
      return bands(addBandHours(tallies));
    },
    indicators: async (s: Stats, _: unknown, ctx: Context) => indicators(await stationsOf(s, ctx), ctx.loaders),
    alerts: async (s: Stats, a: { since?: Date | null; first?: unknown }, ctx: Context) => {
      const first = firstArg(a.first, ALERTS_FIRST);
      return (await alerts(await stationsOf(s, ctx), ctx.loaders, a.since ?? null)).slice(0, first);
    },
    series: async (s: Stats, a: { from: unknown; to: unknown; every: Every }, ctx: Context) => {
      const p = periodArgs(a.from, a.to);
      if (p.end.getTime() - p.start.getTime() > MAX_SERIES_DAYS * 24 * HOUR_MS) throw badInput('to', a.to, `chuỗi tối đa ${MAX_SERIES_DAYS} ngày`);
      return periodSeries(await stationsOf(s, ctx), ctx.loaders.aqi, { from: p.from, to: p.to }, a.every);
    },
  },
  AirStation: {
    __resolveReference: (ref: { code: string }, ctx: Context) => stationByCode(ref.code, ctx),
    communeCode: (s: StationDoc) => s.unit.code,
    listedAt: listingDay,
    register: (s: StationDoc) => s.unit.register,
    commune: (s: StationDoc) => ({ __typename: 'Commune', register: s.unit.register, code: s.unit.code }),
    currentProvinceCode: (s: StationDoc) => s.unit.current.province,
    currentCommuneCode: (s: StationDoc) => s.unit.current.commune,
    latestAqi: async (s: StationDoc, a: { asOf?: Date | null }, ctx: Context) => {
      const at = a.asOf ? new Date(Math.floor(a.asOf.getTime() / HOUR_MS) * HOUR_MS) : await ctx.loaders.newestReading();
      if (!at) return null;
      const h = await ctx.loaders.aqi.latest(s.code, at);
      return h && hour(h);
    },
    hourly: async (s: StationDoc, a: { from: unknown; to: unknown }, ctx: Context) => {
      const p = periodArgs(a.from, a.to);
      if (p.end.getTime() - p.start.getTime() > MAX_HOURLY_DAYS * 24 * HOUR_MS)
        throw badInput('to', a.to, `chuỗi theo giờ tối đa ${MAX_HOURLY_DAYS} ngày; dùng daily cho khoảng dài hơn`);
      return (await stationHours(s, a.from, a.to, ctx)).map(hour);
    },
    daily: async (s: StationDoc, a: { from: unknown; to: unknown }, ctx: Context) => {
      const p = periodArgs(a.from, a.to);
      return (await ctx.loaders.aqi.days(s.code, p.from, p.to)).map((d) => ({
        date: d.date,
        hours: d.hours,
        value: d.aqi?.value ?? null,
        band: d.aqi?.band.code ?? null,
        label: d.aqi?.band.labelVi ?? null,
        colour: d.aqi?.band.hex ?? null,
        dominant: d.aqi?.dominant ?? null,
      }));
    },
    hoursByBand: async (s: StationDoc, a: { from: unknown; to: unknown }, ctx: Context) => bands(bandHours(await stationHours(s, a.from, a.to, ctx))),
  },
};
