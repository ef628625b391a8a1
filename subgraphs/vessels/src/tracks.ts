/**
 * Tracks by transceiver and Vietnam day, and each transceiver's newest state (see TrackDayDoc and
 * VesselLatestDoc): written in the ingest pass that stores the raw reports, read by `_id`.
 */
import { toVietnamIso, type AcceptedChange, type StoredRecord } from '@ioc/kit';
import type { Models, ReportDoc, StaticPart, TrackDayDoc, TrackPoint, VesselLatestDoc } from './models';

const dayMs = 86_400_000;

export const vietnamDay = (t: Date | number) => toVietnamIso(new Date(t)).slice(0, 10);
export const trackDayId = (mmsi: string, day: string) => `${mmsi}|${day}`;

const seconds = (t: Date) => Math.floor(t.getTime() / 1000);

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

/** What a batch of accepted reports adds: new vessel-days, for the daily activity counters. */
export interface TrackChanges {
  newDays: { mmsi: string; day: string }[];
  positions: ReportDoc[];
}

/**
 * The positions feed's bookkeeping, one read and two bulk writes per batch: each position set in
 * its day's slot; each transceiver's newest position, its list of days and its newest static data
 * per part moved forward only (an older report arriving late changes none of them).
 */
export async function keepTracks(m: Pick<Models, 'TrackDay' | 'VesselLatest'>, changes: AcceptedChange<ReportDoc & StoredRecord>[]): Promise<TrackChanges> {
  const reports = changes.map((c) => c.after);
  const days = new Map<string, { mmsi: string; day: string; set: Record<string, TrackPoint> }>();
  for (const r of reports) {
    if (r.kind !== 'POSITION') continue;
    const day = vietnamDay(r.time);
    const id = trackDayId(r.mmsi, day);
    const entry = days.get(id) ?? { mmsi: r.mmsi, day, set: {} };
    entry.set[`p.${seconds(new Date(r.time))}`] = pointOf(r);
    days.set(id, entry);
  }
  const mmsis = [...new Set(reports.map((r) => r.mmsi))];
  const stored = new Map((await m.VesselLatest.find({ _id: { $in: mmsis } }).lean<VesselLatestDoc[]>()).map((d) => [d._id, d]));
  const newDays: TrackChanges['newDays'] = [];
  const updates = mmsis.map((mmsi) => {
    const old = stored.get(mmsi);
    const mine = reports.filter((r) => r.mmsi === mmsi);
    const set: Record<string, unknown> = {};
    let position = old?.position ?? null;
    for (const r of mine.filter((x) => x.kind === 'POSITION')) {
      if (!position || new Date(r.time) >= new Date(position.time)) position = pointOf(r);
    }
    if (position && position !== old?.position) set.position = position;
    const knownDays = new Set(old?.days ?? []);
    const added = [...new Set(mine.filter((x) => x.kind === 'POSITION').map((r) => vietnamDay(r.time)))].filter((d) => !knownDays.has(d));
    for (const day of added) newDays.push({ mmsi, day });
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
    days.size
      ? m.TrackDay.bulkWrite(
          [...days].map(([_id, d]) => ({ updateOne: { filter: { _id }, update: { $set: { mmsi: d.mmsi, day: d.day, ...d.set } }, upsert: true } })),
          { ordered: false },
        )
      : null,
    updates.length ? m.VesselLatest.bulkWrite(updates as never, { ordered: false }) : null,
  ]);
  return { newDays, positions: reports.filter((r) => r.kind === 'POSITION') };
}

/** The track days of [start, end). */
export function trackDayIds(mmsi: string, start: number, end: number): string[] {
  const ids: string[] = [];
  const last = vietnamDay(end - 1);
  for (let t = Date.parse(`${vietnamDay(start)}T00:00:00+07:00`); vietnamDay(t) <= last; t += dayMs) ids.push(trackDayId(mmsi, vietnamDay(t)));
  return ids;
}

/** Points of some track days in [start, end), oldest first, as reports. */
export function pointsBetween(docs: TrackDayDoc[], start: number, end: number): ReportDoc[] {
  return docs
    .flatMap((d) => Object.values(d.p ?? {}).map((p) => reportOf(d.mmsi, p)))
    .filter((r) => r.time.getTime() >= start && r.time.getTime() < end)
    .sort((a, b) => a.time.getTime() - b.time.getTime());
}

/** The day of the newest position at or before `at`, and the day before it holding positions. */
export function daysToSearch(state: VesselLatestDoc, at: number): string[] {
  const upTo = vietnamDay(at);
  return [...(state.days ?? [])]
    .filter((d) => d <= upTo)
    .sort()
    .slice(-2);
}
