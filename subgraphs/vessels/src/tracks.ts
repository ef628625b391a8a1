/**
 * Tracks by transceiver and Vietnam hour, and each transceiver's newest state (see TrackHourDoc and
 * VesselLatestDoc): written in the ingest pass that stores the raw reports, read by `_id`.
 */
import { toVietnamIso, type AcceptedChange, type StoredRecord } from '@ioc/kit';
import type { Models, ReportDoc, StaticPart, TrackHourDoc, TrackPoint, VesselLatestDoc } from './models';
import { hourMs } from './rules';

export const vietnamDay = (t: Date | number) => toVietnamIso(new Date(t)).slice(0, 10);
/** YYYY-MM-DDTHH in Vietnam time (UTC+7 all year, so its hours start on UTC hours). */
export const vietnamHour = (t: Date | number) => toVietnamIso(new Date(t)).slice(0, 13);
export const trackHourId = (mmsi: string, hour: string) => `${mmsi}|${hour}`;

export const seconds = (t: Date) => Math.floor(t.getTime() / 1000);

function pointOf(r: ReportDoc): TrackPoint {
  return {
    time: new Date(r.time),
    messageType: r.messageType,
    lat: r.lat,
    lon: r.lon,
    speed: r.speed ?? null,
    course: r.course ?? null,
    heading: r.heading ?? null,
    status: r.status ?? null,
  };
}

/** A kept point as the raw report it came from. */
export function reportOf(mmsi: string, p: TrackPoint): ReportDoc {
  const time = new Date(p.time);
  return { _id: `${mmsi}:${seconds(time)}`, kind: 'POSITION', mmsi, ...p, time };
}

/** A transceiver's days holding positions, the time of its newest one (null without) and its newest one before the batch. */
export interface Held extends Pick<VesselLatestDoc, '_id' | 'days'> {
  newest: number | null;
  prior: TrackPoint | null;
}

/** What a batch of accepted reports changed: new vessel-days (daily activity), the positions and each transceiver's state after the batch. */
export interface TrackChanges {
  newDays: { mmsi: string; day: string }[];
  positions: ReportDoc[];
  states: Map<string, Held>;
}

/**
 * The positions feed's bookkeeping, one read and two bulk writes per batch: each position set in
 * its hour's slot; each transceiver's newest position, its list of days and its newest static data
 * per part moved forward only (an older report arriving late changes none of them).
 */
export async function keepTracks(m: Pick<Models, 'TrackHour' | 'VesselLatest'>, changes: AcceptedChange<ReportDoc & StoredRecord>[]): Promise<TrackChanges> {
  const reports = changes.map((c) => c.after);
  const hours = new Map<string, { mmsi: string; set: Record<string, TrackPoint> }>();
  for (const r of reports) {
    if (r.kind !== 'POSITION') continue;
    const id = trackHourId(r.mmsi, vietnamHour(r.time));
    const entry = hours.get(id) ?? { mmsi: r.mmsi, set: {} };
    entry.set[`p.${seconds(new Date(r.time))}`] = pointOf(r);
    hours.set(id, entry);
  }
  const mmsis = [...new Set(reports.map((r) => r.mmsi))];
  const stored = new Map((await m.VesselLatest.find({ _id: { $in: mmsis } }).lean<VesselLatestDoc[]>()).map((d) => [d._id, d]));
  const newDays: TrackChanges['newDays'] = [];
  const states: TrackChanges['states'] = new Map();
  // Grouped once: a batch holds thousands of reports of up to thousands of transceivers.
  const byMmsi = new Map<string, ReportDoc[]>();
  for (const r of reports) {
    const list = byMmsi.get(r.mmsi);
    if (list) list.push(r);
    else byMmsi.set(r.mmsi, [r]);
  }
  const updates = mmsis.map((mmsi) => {
    const old = stored.get(mmsi);
    const mine = byMmsi.get(mmsi)!;
    const set: Record<string, unknown> = {};
    let position = old?.position ?? null;
    for (const r of mine.filter((x) => x.kind === 'POSITION')) {
      if (!position || new Date(r.time) >= new Date(position.time)) position = pointOf(r);
    }
    if (position && position !== old?.position) set.position = position;
    const knownDays = new Set(old?.days ?? []);
    const added = [...new Set(mine.filter((x) => x.kind === 'POSITION').map((r) => vietnamDay(r.time)))].filter((d) => !knownDays.has(d));
    for (const day of added) newDays.push({ mmsi, day });
    states.set(mmsi, { _id: mmsi, days: [...knownDays, ...added], newest: position ? new Date(position.time).getTime() : null, prior: old?.position ?? null });
    for (const r of mine.filter((x) => x.kind === 'STATIC')) {
      const part = r._id.slice(r._id.lastIndexOf(':') + 1);
      const prior = (set[`statics.${part}`] as StaticPart | undefined) ?? old?.statics?.[part];
      if (!prior || new Date(r.time) >= new Date(prior.time))
        set[`statics.${part}`] = { time: new Date(r.time), shipName: r.shipName ?? null, callSign: r.callSign ?? null };
    }
    const update: Record<string, unknown> = {};
    if (Object.keys(set).length) update.$set = set;
    if (!set.position) update.$setOnInsert = { position: null };
    if (added.length) update.$addToSet = { days: { $each: added } };
    return { updateOne: { filter: { _id: mmsi }, update, upsert: true } };
  });
  await Promise.all([
    hours.size
      ? m.TrackHour.bulkWrite(
          [...hours].map(([_id, d]) => ({ updateOne: { filter: { _id }, update: { $set: { mmsi: d.mmsi, ...d.set } }, upsert: true } })),
          { ordered: false },
        )
      : null,
    updates.length ? m.VesselLatest.bulkWrite(updates as never, { ordered: false }) : null,
  ]);
  return { newDays, positions: reports.filter((r) => r.kind === 'POSITION'), states };
}

/** The track hours of [start, end). */
export function trackHourIds(mmsi: string, start: number, end: number): string[] {
  const ids: string[] = [];
  for (let t = Math.floor(start / hourMs) * hourMs; t < end; t += hourMs) ids.push(trackHourId(mmsi, vietnamHour(t)));
  return ids;
}

const hourOfDay = Array.from({ length: 24 }, (_, h) => `T${String(h).padStart(2, '0')}`);

/** The 24 track hours of a Vietnam day (spelled from the day: Vietnam has no daylight saving, so a day is always 00…23). */
export function dayHourIds(mmsi: string, day: string): string[] {
  return hourOfDay.map((h) => trackHourId(mmsi, day + h));
}

/** The track hours of [start, end) on the days a transceiver has positions on. */
export function heldHourIds(state: Pick<VesselLatestDoc, '_id' | 'days'>, start: number, end: number): string[] {
  const [first, last] = [vietnamDay(start), vietnamDay(end - 1)];
  const days = (state.days ?? []).filter((d) => d >= first && d <= last).sort();
  return days.flatMap((d) => dayHourIds(state._id, d).filter((id) => id.slice(-13) >= vietnamHour(start) && id.slice(-13) <= vietnamHour(end - 1)));
}

/** The newest point at or before `at` in some track hours, as a report (null without one). */
export function newestAtOrBefore(docs: TrackHourDoc[], at: number): ReportDoc | null {
  let best: TrackPoint | null = null;
  let bestTime = -Infinity;
  for (const d of docs) {
    for (const p of Object.values(d.p ?? {})) {
      const t = new Date(p.time).getTime();
      if (t <= at && t > bestTime) [best, bestTime] = [p, t];
    }
    if (best) return reportOf(d.mmsi, best);
  }
  return null;
}

/** Points of some track hours in [start, end), oldest first, as reports. */
export function pointsBetween(docs: TrackHourDoc[], start: number, end: number): ReportDoc[] {
  return docs
    .flatMap((d) => Object.values(d.p ?? {}).map((p) => reportOf(d.mmsi, p)))
    .filter((r) => r.time.getTime() >= start && r.time.getTime() < end)
    .sort((a, b) => a.time.getTime() - b.time.getTime());
}

/**
 * The hours to search for the newest position at or before `at`, newest first: those of its day up
 * to it, and of the day before it holding positions.
 */
export function hoursToSearch(state: Pick<VesselLatestDoc, '_id' | 'days'>, at: number): string[] {
  const upTo = vietnamDay(at);
  const lastHour = vietnamHour(at);
  const days = [...(state.days ?? [])]
    .filter((d) => d <= upTo)
    .sort()
    .slice(-2);
  return days
    .flatMap((d) => dayHourIds(state._id, d))
    .filter((id) => id.slice(-13) <= lastHour)
    .reverse();
}
