/**
 * Zone crossings, kept at ingest so that an alerts window reads the crossing hours it spans
 * (CrossingHourDoc) instead of every vessel's track. A crossing is a change in the set of zones
 * between two consecutive positions of a vessel; it is stored with the time of the position
 * before it, so that a window can keep only the pairs it holds whole (alerts.ts).
 *
 * Each batch recomputes the crossing into every new position and into the position after it (which
 * a late report may now precede): out-of-order and re-sent reports give the same crossings as
 * in-order ingest. A vessel whose positions in the batch are all newer than any it held needs no
 * stored track: the previous position is its newest before the batch (its state), the rest are the
 * batch's. Otherwise its neighbours are read from the stored track hours, looked for in the hours around
 * a position first; across a longer silence, in its whole day and the nearest day holding positions
 * (the transceiver's list of days), so a batch reads a few hours per vessel whatever the day holds.
 */
import type { Crossing, CrossingHourDoc, Models, ReportDoc, TrackHourDoc } from './models';
import { toZone, zonesAt, type Zone } from './geo';
import { dayHourIds, seconds, trackHourIds, vietnamDay, vietnamHour, type Held } from './tracks';
import { hourMs } from './rules';

type Point = { time: Date; lat?: number; lon?: number };

export const crossingKey = (mmsi: string, time: Date) => `${mmsi}_${seconds(time)}`;

const zoneIds = (zones: Zone[], p: Point) => new Set(zonesAt(zones, p.lon!, p.lat!).map((z) => z._id));

/** The change of zones from one position to the next; null when the vessel stays in the same ones. */
export function crossingOf(mmsi: string, prev: Point, cur: Point, zones: Zone[]): Crossing | null {
  const [was, now] = [zoneIds(zones, prev), zoneIds(zones, cur)];
  const enter = [...now].filter((z) => !was.has(z));
  const exit = [...was].filter((z) => !now.has(z));
  return enter.length || exit.length ? { mmsi, time: new Date(cur.time), prev: new Date(prev.time), enter, exit } : null;
}

/** Every crossing of a track (oldest first). */
export function crossingsOf(mmsi: string, track: Point[], zones: Zone[]): Crossing[] {
  return track.slice(1).flatMap((p, i) => crossingOf(mmsi, track[i], p, zones) ?? []);
}

/** Keys per read: the most the patched FerretDB looks up by its `_id` index (kit maxKeysPerRead). */
const maxKeysPerRead = 10_000;

async function readHours(m: Pick<Models, 'TrackHour'>, ids: string[]): Promise<TrackHourDoc[]> {
  const unique = [...new Set(ids)];
  const reads: Promise<TrackHourDoc[]>[] = [];
  for (let i = 0; i < unique.length; i += maxKeysPerRead)
    reads.push(
      m.TrackHour.find({ _id: { $in: unique.slice(i, i + maxKeysPerRead) } })
        .lean<TrackHourDoc[]>()
        .exec(),
    );
  return (await Promise.all(reads)).flat();
}

/** Each vessel's points by time, as far as read. */
class Tracks {
  readonly byVessel = new Map<string, Map<number, Point>>();
  add(docs: TrackHourDoc[]) {
    for (const d of docs) {
      let points = this.byVessel.get(d.mmsi);
      if (!points) this.byVessel.set(d.mmsi, (points = new Map()));
      for (const p of Object.values(d.p ?? {})) points.set(new Date(p.time).getTime(), p);
    }
  }
  /** The nearest point before (-1) or after (1) `t` among those read, within [from, to) when given. */
  neighbour(mmsi: string, t: number, side: -1 | 1, from = -Infinity, to = Infinity): Point | null {
    let best: number | null = null;
    for (const k of this.byVessel.get(mmsi)?.keys() ?? []) {
      if (k < from || k >= to || (side < 0 ? k >= t : k <= t)) continue;
      if (best === null || (side < 0 ? k > best : k < best)) best = k;
    }
    return best === null ? null : this.byVessel.get(mmsi)!.get(best)!;
  }
}

const hourStart = (t: number) => Math.floor(t / hourMs) * hourMs;

/** The nearest day holding positions before (-1) or after (1) `day`. */
function heldDay(state: Pick<Held, 'days'> | undefined, day: string, side: -1 | 1): string | null {
  const days = (state?.days ?? []).filter((d) => (side < 0 ? d < day : d > day)).sort();
  return (side < 0 ? days.at(-1) : days[0]) ?? null;
}

/** Writes per crossing hour: entries set, and keys of positions that no longer cross. */
function writes(m: Pick<Models, 'CrossingHour'>, changes: Map<string, { set: Record<string, Crossing>; unset: Record<string, ''> }>) {
  const ops = [...changes].map(([_id, c]) => {
    const set = Object.keys(c.set).length > 0;
    const update = { ...(set ? { $set: c.set } : {}), ...(Object.keys(c.unset).length ? { $unset: c.unset } : {}) };
    return { updateOne: { filter: { _id }, update, upsert: set } };
  });
  return ops.length ? m.CrossingHour.bulkWrite(ops as never, { ordered: false }) : null;
}

/** After a batch's track hours are written: the crossings into its positions and into the positions following them. */
export async function keepCrossings(m: Pick<Models, 'TrackHour' | 'CrossingHour' | 'Zone'>, positions: ReportDoc[], states: Map<string, Held>): Promise<void> {
  if (positions.length === 0) return;
  const zones = (await m.Zone.find({}).lean()).map(toZone);
  const changes = new Map<string, { set: Record<string, Crossing>; unset: Record<string, ''> }>();
  const keep = (mmsi: string, prev: Point | null, cur: Point, held = true) => {
    const crossing = prev ? crossingOf(mmsi, prev, cur, zones) : null;
    // A position the vessel did not hold before the batch has no crossing kept to take back.
    if (!crossing && !held) return;
    const hour = vietnamHour(cur.time);
    const c = changes.get(hour) ?? { set: {}, unset: {} };
    changes.set(hour, c);
    const key = crossingKey(mmsi, new Date(cur.time));
    if (crossing) {
      c.set[`c.${key}`] = crossing;
      delete c.unset[`c.${key}`];
    } else if (!c.set[`c.${key}`]) c.unset[`c.${key}`] = '';
  };
  const late = keepInOrder(positions, states, keep);
  if (late.length) await keepFromTracks(m, late, states, keep);
  await writes(m, changes);
}

/** `held`: the vessel may have held `cur` before the batch, so a crossing kept into it may need taking back. */
type Keep = (mmsi: string, prev: Point | null, cur: Point, held?: boolean) => void;

/**
 * The crossings into the positions of vessels whose every position in the batch is newer than all
 * they held before it (the usual, in-order case): the previous position of the first is the newest
 * held before the batch (kept with the transceiver's state), of the others the batch's own, and none
 * has a stored position after it, so no track hour is read. The other vessels' positions are returned.
 */
function keepInOrder(positions: ReportDoc[], states: Map<string, Held>, keep: Keep): ReportDoc[] {
  const byVessel = new Map<string, ReportDoc[]>();
  for (const p of positions) {
    const list = byVessel.get(p.mmsi);
    if (list) list.push(p);
    else byVessel.set(p.mmsi, [p]);
  }
  const late: ReportDoc[] = [];
  for (const [mmsi, list] of byVessel) {
    const prior = states.get(mmsi)?.prior ?? null;
    const after = prior ? new Date(prior.time).getTime() : -Infinity;
    if (list.some((p) => p.time.getTime() <= after)) {
      late.push(...list);
      continue;
    }
    // By time, one point per second as the track hour holds it (the batch's last report of that second).
    const track = [...new Map(list.map((p) => [p.time.getTime(), p])).entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    track.forEach((p, i) => keep(mmsi, i ? track[i - 1] : prior, p, false));
  }
  return late;
}

/** The crossings into some positions and into the positions following them, their neighbours read from the stored track hours. */
async function keepFromTracks(m: Pick<Models, 'TrackHour'>, positions: ReportDoc[], states: Map<string, Held>, keep: Keep): Promise<void> {
  const tracks = new Tracks();
  // The hour of each position and the hours either side: at the usual reporting rate both neighbours are there.
  tracks.add(
    await readHours(
      m,
      positions.flatMap((p) => trackHourIds(p.mmsi, hourStart(p.time.getTime()) - hourMs, hourStart(p.time.getTime()) + 2 * hourMs)),
    ),
  );
  const near = (p: ReportDoc, side: -1 | 1) => {
    const t = p.time.getTime();
    return tracks.neighbour(p.mmsi, t, side, hourStart(t) - hourMs, hourStart(t) + 2 * hourMs);
  };
  // Across a longer silence: the rest of the position's day on that side, and the nearest day
  // holding positions beyond it.
  const farther = positions.flatMap((p) => {
    const t = p.time.getTime();
    const state = states.get(p.mmsi);
    const day = vietnamDay(t);
    const dayStart = Date.parse(`${day}T00:00:00+07:00`);
    const ids: string[] = [];
    if (!near(p, -1)) {
      ids.push(...trackHourIds(p.mmsi, dayStart, hourStart(t) - hourMs));
      const before = heldDay(state, day, -1);
      if (before) ids.push(...dayHourIds(p.mmsi, before));
    }
    // The newest position has nothing after it: the usual case, spared the search.
    if (!near(p, 1) && state?.newest != null && t < state.newest) {
      ids.push(...trackHourIds(p.mmsi, hourStart(t) + 2 * hourMs, dayStart + 24 * hourMs));
      const after = heldDay(state, day, 1);
      if (after) ids.push(...dayHourIds(p.mmsi, after));
    }
    return ids;
  });
  if (farther.length) tracks.add(await readHours(m, farther));

  for (const p of positions) {
    const t = p.time.getTime();
    const cur = tracks.byVessel.get(p.mmsi)?.get(t) ?? p;
    keep(p.mmsi, tracks.neighbour(p.mmsi, t, -1), cur);
    const next = tracks.neighbour(p.mmsi, t, 1);
    if (next) keep(p.mmsi, cur, next);
  }
}

/** Vessels whose tracks a rebuild holds in memory at once. */
const rebuildVessels = 50;

/**
 * Every crossing recomputed from the stored tracks, for a zones feed that changed the zones (rare)
 * and for `npm run rollups:rebuild vessels`.
 * @returns the vessels read
 */
export async function rebuildCrossings(m: Pick<Models, 'TrackHour' | 'CrossingHour' | 'Zone' | 'VesselLatest'>): Promise<number> {
  const zones = (await m.Zone.find({}).lean()).map(toZone);
  await m.CrossingHour.deleteMany({});
  const states = await m.VesselLatest.find({}, { days: 1 }).lean<{ _id: string; days: string[] }[]>();
  for (let i = 0; i < states.length; i += rebuildVessels) {
    const tracks = new Tracks();
    const some = states.slice(i, i + rebuildVessels);
    tracks.add(
      await readHours(
        m,
        some.flatMap((s) => (s.days ?? []).flatMap((d) => dayHourIds(s._id, d))),
      ),
    );
    const changes = new Map<string, { set: Record<string, Crossing>; unset: Record<string, ''> }>();
    for (const s of some) {
      const track = [...(tracks.byVessel.get(s._id)?.values() ?? [])].sort((a, b) => new Date(a.time).getTime() - new Date(b.time).getTime());
      for (const c of crossingsOf(s._id, track, zones)) {
        const hour = vietnamHour(c.time);
        const entry = changes.get(hour) ?? { set: {}, unset: {} };
        entry.set[`c.${crossingKey(s._id, c.time)}`] = c;
        changes.set(hour, entry);
      }
    }
    await writes(m, changes);
  }
  return states.length;
}

/** The crossing hours an alerts window [start, end] spans. */
export function crossingHourIds(start: number, end: number): string[] {
  const ids: string[] = [];
  for (let t = hourStart(start); t <= end; t += hourMs) ids.push(vietnamHour(t));
  return ids;
}

/** The crossings of a window: both positions in [start, end], oldest first. */
export function crossingsIn(docs: CrossingHourDoc[], start: number, end: number): Crossing[] {
  return docs
    .flatMap((d) => Object.values(d.c ?? {}))
    .filter((c) => new Date(c.prev).getTime() >= start && new Date(c.time).getTime() <= end)
    .sort((a, b) => new Date(a.time).getTime() - new Date(b.time).getTime());
}
