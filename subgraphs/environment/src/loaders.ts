import type { Connection } from 'mongoose';
import { batchLoader, byKey, keptReads, scopeFilter, unitMembers, type Identity } from '@ioc/kit';
import { aqiReads } from './aqi-read';
import { models, type AqiDoc, type StationDoc } from './models';

export function loaders(conn: Connection, identity: Identity) {
  const m = models(conn);
  // What every dashboard request reads, kept by the process under the kit's stamp (renewed after
  // every ingest batch): a repeated refresh reads the stamp alone.
  const kept = keptReads(conn);
  // Every station listing in the caller's scope, read once per request: a registry of tens of stations.
  let listings: Promise<StationDoc[]> | undefined;
  const inScope = () => {
    const scope = scopeFilter(identity);
    return (listings ??= kept.query(`stations|${JSON.stringify(scope)}`, () => m.Station.find(scope).lean<StationDoc[]>().exec(), [m.Station]));
  };
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

  // The VN_AQI kept at ingest, every document a request asks in one tick in one read by `_id`.
  const aqi = aqiReads(
    batchLoader<string, AqiDoc>(
      (id) => id,
      async (ids) =>
        byKey(
          ids,
          await m.Aqi.find({ _id: { $in: [...ids] } }).lean<AqiDoc[]>(),
          (id) => id,
          (d) => d._id,
        ),
    ),
  );
  // The same through the stamp cache, for a unit's indicators and alerts, which the dashboard asks
  // again at every refresh; a station's own series are read as asked.
  const cachedAqi = aqiReads(
    batchLoader<string, AqiDoc>(
      (id) => id,
      async (ids) => {
        const found = await kept.byId(m.Aqi, [...ids]);
        return ids.map((id) => found.get(id) ?? null);
      },
    ),
  );

  /**
   * The hub's clock for "latest": the newest hour any station holds, from one small document per
   * station, so that every station's latest index is read at the same reference hour.
   */
  let newest: Promise<Date | null> | undefined;
  const newestReading = () => {
    newest ??= kept
      .query('stationLatest', () => m.StationLatest.find({}).lean<{ latest: Date }[]>().exec())
      .then((rows) => rows.reduce<Date | null>((max, r) => (!max || new Date(r.latest) > max ? new Date(r.latest) : max), null));
    return newest;
  };

  return { unitStations, stationEntries, aqi, cachedAqi, newestReading };
}

export type Loaders = ReturnType<typeof loaders>;
