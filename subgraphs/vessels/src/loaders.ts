/**
 * Per-request loaders. A unit's fleet costs, for all units of a request together: the rollups'
 * stamp, then, for what the process does not keep under it (kept.ts), one query for the vessels
 * (roll-up), one for their newest states (by MMSI), one for track hours only when asked at an
 * instant before a newest position, one for the zones — whatever the number of units or vessels,
 * and whatever the number of reports held.
 */
import type { Connection } from 'mongoose';
import { batchLoader, byKey, keptReads, rollupReader, unitMembers, allOf, scopeFilter, type Identity, type UnitSelector } from '@ioc/kit';
import { toZone, type Zone } from './geo';
import { situationOf, vmsRequired, type Fleet, type VesselSituation } from './fleet';
import type { Crossing, Models, ReportDoc, TrackHourDoc, VesselDoc, VesselLatestDoc, ZoneDoc } from './models';
import { heldHourIds, hoursToSearch, newestAtOrBefore, pointsBetween, reportOf } from './tracks';

/** Track hours read first when looking back from an instant: its own and the one before. */
const recentHours = 2;
import { crossingHourIds, crossingsIn } from './crossings';

export interface AtKey {
  mmsi: string;
  at: number;
}
export interface WindowKey {
  mmsi: string;
  start: number;
  end: number;
}

/** A unit's fleet by its situations list: a kept list (loaders' `fleet`) keeps its fleet with it. */
const fleetOfList = new WeakMap<VesselSituation[], Fleet>();

export function loaders(conn: Connection, m: Models, identity: Identity) {
  const kept = keptReads(conn);
  // Daily activity of every unit and period asked in a request: rollup documents by `_id`.
  const rollups = rollupReader(conn, identity);
  // A unit's registered vessels, under the rule its activity figures count by (both registers, the caller's scope).
  const scope = scopeFilter(identity);
  const registerInScope = () => kept.query(`register|${JSON.stringify(scope)}`, () => m.Vessel.find(scope).lean<VesselDoc[]>().exec(), [m.Vessel]);
  const vesselsOfUnit = unitMembers(identity, registerInScope, (v) => v.unit);
  /** What a unit's members depend on besides the data: whether the caller is public, and its scope (kit scopedTargets). */
  const scopeKey = JSON.stringify([identity.role === 'public', identity.scope]);

  const vessel = batchLoader<string, VesselDoc>(
    (k) => k,
    async (ids) => {
      const rows = await m.Vessel.find(allOf({ _id: { $in: [...ids] } }, scopeFilter(identity))).lean<VesselDoc[]>();
      return byKey(
        ids,
        rows,
        (k) => k,
        (r) => r._id,
      );
    },
  );

  const zones = batchLoader<'all', Zone[]>(
    () => 'all',
    async (keys) => {
      const all = await kept.query('zones', async () => (await m.Zone.find({}).lean<ZoneDoc[]>()).map(toZone), [m.Zone]);
      return keys.map(() => all);
    },
  );

  /** Newest state of each transceiver asked in a request, one read by `_id`. */
  const state = batchLoader<string, VesselLatestDoc>(
    (k) => k,
    async (mmsis) => {
      const found = await kept.byId(m.VesselLatest, [...mmsis]);
      return mmsis.map((k) => found.get(k) ?? null);
    },
  );

  const trackHours = (ids: string[]) => kept.byId<TrackHourDoc>(m.TrackHour, ids);
  const docsOf = (ids: string[], docs: Map<string, TrackHourDoc>) => ids.map((id) => docs.get(id)).filter((d): d is TrackHourDoc => !!d);

  /**
   * The newest position at or before an instant: the kept newest one when it is not after the
   * instant, else the newest point of the track hours before it (of at most two days), searched
   * newest hour first. A transceiver reporting every few minutes has one in the instant's own hour
   * or the one before, so those two are read for every vessel first and the older hours only for
   * the vessels still without a point.
   */
  const latest = batchLoader<AtKey, ReportDoc>(
    (k) => `${k.mmsi}@${k.at}`,
    async (keys) => {
      const states = await state.loadMany(keys.map((k) => k.mmsi));
      const answer: (ReportDoc | null)[] = keys.map(() => null);
      let earlier: { i: number; ids: string[] }[] = [];
      keys.forEach((k, i) => {
        const s = states[i];
        if (s instanceof Error) throw s;
        if (!s?.position) return;
        if (new Date(s.position.time).getTime() <= k.at) answer[i] = reportOf(k.mmsi, s.position);
        else earlier.push({ i, ids: hoursToSearch(s, k.at) });
      });
      for (const take of [recentHours, Infinity]) {
        const docs = await trackHours(earlier.flatMap((e) => e.ids.slice(0, take)));
        for (const e of earlier) answer[e.i] = newestAtOrBefore(docsOf(e.ids.slice(0, take), docs), keys[e.i].at);
        earlier = earlier.filter((e) => !answer[e.i] && e.ids.length > take);
        if (earlier.length === 0) break;
      }
      return answer;
    },
  );

  /** Positions of several vessels in [start, end), oldest first: the track hours of the days they hold positions on, one read by `_id`. */
  const reportsBetween = batchLoader<WindowKey, ReportDoc[]>(
    (k) => `${k.mmsi}@${k.start}-${k.end}`,
    async (keys) => {
      const states = await state.loadMany(keys.map((k) => k.mmsi));
      const idsOf = keys.map((k, i) => {
        const s = states[i];
        if (s instanceof Error) throw s;
        return s ? heldHourIds(s, k.start, k.end) : [];
      });
      const docs = await trackHours(idsOf.flat());
      return keys.map((k, i) => pointsBetween(docsOf(idsOf[i], docs), k.start, k.end));
    },
  );

  /** Zone crossings of a window [start, end] by MMSI, oldest first: the crossing hours it spans, by `_id`. */
  const crossings = batchLoader<{ start: number; end: number }, Map<string, Crossing[]>>(
    (k) => `${k.start}-${k.end}`,
    async (keys) => {
      const docs = await kept.byId(
        m.CrossingHour,
        keys.flatMap((k) => crossingHourIds(k.start, k.end)),
      );
      return keys.map((k) => {
        const byVessel = new Map<string, Crossing[]>();
        const held = crossingHourIds(k.start, k.end).flatMap((id) => docs.get(id) ?? []);
        for (const c of crossingsIn(held, k.start, k.end)) {
          const list = byVessel.get(c.mmsi);
          if (list) list.push(c);
          else byVessel.set(c.mmsi, [c]);
        }
        return byVessel;
      });
    },
  );

  /** Name and call sign the vessel's own AIS sends (messages 5, 24A, 24B), newest value of each. */
  const ownStatic = batchLoader<string, { shipName: string | null; callSign: string | null }>(
    (k) => k,
    async (mmsis) => {
      const states = await state.loadMany(mmsis);
      return states.map((s) => {
        if (s instanceof Error) throw s;
        const parts = Object.values(s?.statics ?? {}).sort((a, b) => new Date(b.time).getTime() - new Date(a.time).getTime());
        return parts.length ? { shipName: parts.find((p) => p.shipName)?.shipName ?? null, callSign: parts.find((p) => p.callSign)?.callSign ?? null } : null;
      });
    },
  );

  /** Vessels' situations at an instant (15 m and over, in the order given). */
  async function situationsOf(vessels: VesselDoc[], at: number): Promise<VesselSituation[]> {
    const required = vessels.filter(vmsRequired);
    const tracked = required.filter((v) => v.mmsi);
    const [positions, zoneList] = await Promise.all([latest.loadMany(tracked.map((v) => ({ mmsi: v.mmsi!, at }))), zones.load('all')]);
    const latestOf = new Map(tracked.map((v, j) => [v._id, positions[j]]));
    const instant = new Date(at);
    return required.map((v) => {
      const p = latestOf.get(v._id);
      if (p instanceof Error) throw p;
      return situationOf(v, p ?? null, zoneList ?? [], instant);
    });
  }

  /**
   * A unit's fleet. At an explicit instant its situations are a function of the data and the
   * instant alone, so the process keeps them under the rollups' stamp (`keptReads`: bounded, sized as
   * the unit's fleet), the fleet with its figures, indicators and default-window alerts hanging off
   * them, and a dashboard asked again works out no vessel. "Now" moves: worked out per request.
   */
  const fleet = batchLoader<{ unit: UnitSelector; at: number; keep: boolean }, Fleet>(
    (k) => `${k.unit.register}|${k.unit.level}|${k.unit.code}@${k.at}|${k.keep}`,
    (keys) =>
      Promise.all(
        keys.map(async (k) => {
          const work = async () => {
            const allVessels = await vesselsOfUnit(k.unit);
            const situations = await situationsOf(allVessels, k.at);
            fleetOfList.set(situations, { unit: k.unit, at: new Date(k.at), allVessels, situations });
            return situations;
          };
          // What the situations and what hangs off them (resolvers' default-window alerts: crossings) read.
          const reads = [m.Vessel, m.VesselLatest, m.TrackHour, m.Zone, m.CrossingHour];
          const list = k.keep
            ? await kept.query(`vesselSituations|${scopeKey}|${k.unit.register}|${k.unit.level}|${k.unit.code}|${k.at}`, work, reads)
            : await work();
          return fleetOfList.get(list)!;
        }),
      ),
  );

  return { vessel, zones, latest, reportsBetween, crossings, ownStatic, fleet, rollups };
}

export type Loaders = ReturnType<typeof loaders>;
