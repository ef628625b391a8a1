import { batchLoader, scopeFilter, unitMembers, type Identity } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import type { Models, ReadingDayDoc, ReadingDoc, StationDoc } from './models';
import { dayIdsBetween, readingsOf } from './reading-days';

export interface ReadingsKey {
  station: string;
  start: Date;
  end: Date;
}

/** Readings a latest-hour index needs: the 24 hours it may fall in and the NowCast's 11 before. */
export const LATEST_WINDOW_MS = 35 * HOUR_MS;

export function loaders(m: Models, identity: Identity) {
  // Every station listing in the caller's scope, read once per request: a registry of tens of stations.
  let listings: Promise<StationDoc[]> | undefined;
  const inScope = () => (listings ??= m.Station.find(scopeFilter(identity)).lean<StationDoc[]>().exec());
  // A unit's station listings, under the rule its figures count by (both registers, the caller's scope).
  const unitStations = unitMembers(identity, inScope, (s) => s.unit);
  // All entries (one per register) of the stations asked in a request.
  const stationEntries = batchLoader<string, StationDoc[]>(
    (k) => k,
    async (codes) => {
      const rows = await inScope();
      return codes.map((c) => rows.filter((r) => r.code === c));
    },
  );

  // Readings of many stations and periods: the day documents they span, in one read by `_id`.
  const readings = batchLoader<ReadingsKey, ReadingDoc[]>(
    (k) => `${k.station}|${k.start.getTime()}|${k.end.getTime()}`,
    async (keys) => {
      const idsOf = keys.map((k) => dayIdsBetween(k.station, k.start, k.end));
      const docs = await m.ReadingDay.find({ _id: { $in: [...new Set(idsOf.flat())] } }).lean<ReadingDayDoc[]>();
      const byId = new Map(docs.map((d) => [d._id, d]));
      return keys.map((k, i) =>
        readingsOf(
          idsOf[i].map((id) => byId.get(id)).filter((d): d is ReadingDayDoc => !!d),
          k.start,
          k.end,
        ),
      );
    },
  );

  /**
   * The hub's clock for "latest": the newest hour any station holds, from one small document per
   * station, so that every station's latest index is read at the same reference hour.
   */
  let newest: Promise<Date | null> | undefined;
  const newestReading = () => {
    newest ??= m.StationLatest.find({})
      .lean<{ latest: Date }[]>()
      .then((rows) => rows.reduce<Date | null>((max, r) => (!max || new Date(r.latest) > max ? new Date(r.latest) : max), null));
    return newest;
  };

  return { unitStations, stationEntries, readings, newestReading };
}

export type Loaders = ReturnType<typeof loaders>;
