import { allOf, batchLoader, rollupLoader, scopeFilter, type Identity, type UnitSelector } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import type { Models, ReadingDoc, StationDoc } from './models';

export interface ReadingsKey { station: string; start: Date; end: Date }

/** Readings a latest-hour index needs: the 24 hours it may fall in and the NowCast's 11 before. */
export const LATEST_WINDOW_MS = 35 * HOUR_MS;

export function loaders(m: Models, identity: Identity) {
  const stationsOfUnit = rollupLoader<StationDoc>(identity, (filter) => m.Station.find(filter).sort({ code: 1 }).lean<StationDoc[]>());
  const unitStations = (unit: UnitSelector) => stationsOfUnit.load({ unit, args: undefined }).then((rows) => rows ?? []);

  // All entries (one per register) of the stations asked in a request, in one query, in scope.
  const stationEntries = batchLoader<string, StationDoc[]>((k) => k, async (codes) => {
    const rows = await m.Station.find(allOf({ code: { $in: [...codes] } }, scopeFilter(identity))).lean<StationDoc[]>();
    return codes.map((c) => rows.filter((r) => r.code === c));
  });

  // Readings of many stations over one period in one query; keys with other periods get their own.
  const readings = batchLoader<ReadingsKey, ReadingDoc[]>((k) => `${k.station}|${k.start.getTime()}|${k.end.getTime()}`, async (keys) => {
    const periods = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const p = `${k.start.getTime()}|${k.end.getTime()}`;
      periods.set(p, [...(periods.get(p) ?? []), i]);
    });
    const answer: ReadingDoc[][] = new Array(keys.length);
    await Promise.all([...periods.values()].map(async (idx) => {
      const { start, end } = keys[idx[0]];
      const rows = await m.Reading.find({ station: { $in: idx.map((i) => keys[i].station) }, time: { $gte: start, $lt: end } }).sort({ time: 1 }).lean<ReadingDoc[]>();
      for (const i of idx) answer[i] = rows.filter((r) => r.station === keys[i].station);
    }));
    return answer;
  });

  /**
   * The hub's clock for "latest": the newest reading held. FerretDB v1 has no $max/$first in
   * $group, so a per-station latest time would cost a query per station; one sorted, limited read
   * gives one reference hour for the whole request instead.
   */
  let newest: Promise<Date | null> | undefined;
  const newestReading = () => {
    newest ??= m.Reading.find({}, { time: 1 }).sort({ time: -1 }).limit(1).lean<{ time: Date }[]>().then((r) => (r[0] ? new Date(r[0].time) : null));
    return newest;
  };

  return { unitStations, stationEntries, readings, newestReading };
}

export type Loaders = ReturnType<typeof loaders>;
