/**
 * Per-request loaders. A unit's fleet costs, for all units of a request together: one query for
 * the vessels (roll-up), two for their latest positions (report keys, then those reports), one for
 * the zones — whatever the number of units or vessels.
 */
import { batchLoader, byKey, groupBy, rollupLoader, allOf, scopeFilter, type Identity, type UnitSelector } from '@ioc/kit';
import { toZone, type Zone } from './geo';
import { situationOf, vmsRequired, type Fleet } from './fleet';
import type { Models, ReportDoc, VesselDoc } from './models';

export interface AtKey { mmsi: string; at: number }
export interface WindowKey { mmsi: string; start: number; end: number }

/** Report keys are `<mmsi>:<unix seconds>`; the newest per MMSI is found from keys alone. */
const secondsOf = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1));

export function loaders(m: Models, identity: Identity) {
  const vesselsOfUnit = rollupLoader<VesselDoc>(identity, (filter) => m.Vessel.find(filter).lean<VesselDoc[]>());

  const vessel = batchLoader<string, VesselDoc>((k) => k, async (ids) => {
    const rows = await m.Vessel.find(allOf({ _id: { $in: [...ids] } }, scopeFilter(identity))).lean<VesselDoc[]>();
    return byKey(ids, rows, (k) => k, (r) => r._id);
  });

  const zones = batchLoader<'all', Zone[]>(() => 'all', async (keys) => {
    const all = (await m.Zone.find({}).lean()).map(toZone);
    return keys.map(() => all);
  });

  const latest = batchLoader<AtKey, ReportDoc>((k) => `${k.mmsi}@${k.at}`, async (keys) => {
    const answer = new Map<string, ReportDoc>();
    for (const at of new Set(keys.map((k) => k.at))) {
      const mmsis = [...new Set(keys.filter((k) => k.at === at).map((k) => k.mmsi))];
      const ids = await m.Report.find({ kind: 'POSITION', mmsi: { $in: mmsis }, time: { $lte: new Date(at) } }, { _id: 1 }).lean<{ _id: string }[]>();
      const newest = new Map<string, string>();
      for (const { _id } of ids) {
        const mmsi = _id.slice(0, _id.indexOf(':'));
        const cur = newest.get(mmsi);
        if (!cur || secondsOf(_id) > secondsOf(cur)) newest.set(mmsi, _id);
      }
      if (newest.size === 0) continue;
      const rows = await m.Report.find({ _id: { $in: [...newest.values()] } }).lean<ReportDoc[]>();
      for (const r of rows) answer.set(`${r.mmsi}@${at}`, r);
    }
    return keys.map((k) => answer.get(`${k.mmsi}@${k.at}`) ?? null);
  });

  /** Positions of several vessels in [start, end), oldest first; one query per distinct window. */
  const reportsBetween = batchLoader<WindowKey, ReportDoc[]>((k) => `${k.mmsi}@${k.start}-${k.end}`, async (keys) => {
    const answer: ReportDoc[][] = new Array(keys.length);
    const windows = new Map<string, number[]>();
    keys.forEach((k, i) => windows.set(`${k.start}-${k.end}`, [...(windows.get(`${k.start}-${k.end}`) ?? []), i]));
    await Promise.all([...windows.values()].map(async (idx) => {
      const { start, end } = keys[idx[0]];
      const rows = await m.Report.find({ kind: 'POSITION', mmsi: { $in: idx.map((i) => keys[i].mmsi) }, time: { $gte: new Date(start), $lt: new Date(end) } })
        .sort({ time: 1 }).lean<ReportDoc[]>();
      groupBy(idx.map((i) => keys[i]), rows, (k) => k.mmsi, (r) => r.mmsi).forEach((list, j) => { answer[idx[j]] = list; });
    }));
    return answer;
  });

  /** Name and call sign the vessel's own AIS sends (messages 5, 24A, 24B), newest value of each. */
  const ownStatic = batchLoader<string, { shipName: string | null; callSign: string | null }>((k) => k, async (mmsis) => {
    const ids = mmsis.flatMap((x) => ['5', '24A', '24B'].map((p) => `${x}:static:${p}`));
    const rows = (await m.Report.find({ _id: { $in: ids } }).lean<ReportDoc[]>()).sort((a, b) => b.time.getTime() - a.time.getTime());
    return mmsis.map((x) => {
      const mine = rows.filter((r) => r.mmsi === x);
      return mine.length ? { shipName: mine.find((r) => r.shipName)?.shipName ?? null, callSign: mine.find((r) => r.callSign)?.callSign ?? null } : null;
    });
  });

  const fleet = batchLoader<{ unit: UnitSelector; at: number }, Fleet>((k) => `${k.unit.register}|${k.unit.level}|${k.unit.code}@${k.at}`, async (keys) => {
    const [lists, zoneList] = await Promise.all([vesselsOfUnit.loadMany(keys.map((k) => ({ unit: k.unit, args: undefined }))), zones.load('all')]);
    return Promise.all(keys.map(async (k, i) => {
      const list = lists[i];
      if (list instanceof Error) throw list;
      const allVessels = list ?? [];
      const tracked = allVessels.filter((v) => vmsRequired(v) && v.mmsi);
      const at = new Date(k.at);
      const positions = await latest.loadMany(tracked.map((v) => ({ mmsi: v.mmsi!, at: k.at })));
      const latestOf = new Map(tracked.map((v, j) => [v._id, positions[j]]));
      return {
        at,
        allVessels,
        situations: allVessels.filter(vmsRequired).map((v) => {
          const p = latestOf.get(v._id);
          if (p instanceof Error) throw p;
          return situationOf(v, p ?? null, zoneList ?? [], at);
        }),
      };
    }));
  });

  return { vessel, zones, latest, reportsBetween, ownStatic, fleet };
}

export type Loaders = ReturnType<typeof loaders>;
