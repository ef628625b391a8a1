/** Looking back from an instant through the kept track hours, without a database. */
import { dayHourIds, hoursToSearch, newestAtOrBefore, trackHourId, vietnamHour } from '../src/tracks';
import type { TrackHourDoc, TrackPoint } from '../src/models';

const mmsi = '574000123';
const point = (iso: string): TrackPoint => ({ time: new Date(iso), messageType: 1, lat: 16, lon: 108.3, speed: 5, course: 90, heading: null, status: 0 });
/** Track hours holding points at these instants, as ingest keeps them (tracks.ts keepTracks). */
function hours(...isos: string[]): Map<string, TrackHourDoc> {
  const out = new Map<string, TrackHourDoc>();
  for (const iso of isos) {
    const id = trackHourId(mmsi, vietnamHour(new Date(iso)));
    const doc = out.get(id) ?? { _id: id, mmsi, p: {} };
    doc.p[String(Date.parse(iso) / 1000)] = point(iso);
    out.set(id, doc);
  }
  return out;
}

describe('track hours looked back from an instant', () => {
  it('spells a Vietnam day as its 24 hours, the same ids the positions are kept under', () => {
    const ids = dayHourIds(mmsi, '2025-12-31');
    expect(ids).toHaveLength(24);
    expect(ids[0]).toBe(trackHourId(mmsi, vietnamHour(new Date('2025-12-31T00:00:00+07:00'))));
    expect(ids[23]).toBe(trackHourId(mmsi, vietnamHour(new Date('2025-12-31T23:59:59+07:00'))));
  });

  it('searches the hours up to the instant, newest first, over the last two days holding positions', () => {
    const at = Date.parse('2025-12-31T10:30:00+07:00');
    const ids = hoursToSearch({ _id: mmsi, days: ['2025-12-28', '2025-12-31', '2025-12-30', '2026-01-01'] }, at);
    expect(ids[0]).toBe(trackHourId(mmsi, '2025-12-31T10'));
    expect(ids).toHaveLength(11 + 24);
    expect(ids.at(-1)).toBe(trackHourId(mmsi, '2025-12-30T00'));
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('finds the newest point at or before the instant, never one after it, across a silent gap', () => {
    const at = Date.parse('2025-12-31T10:30:00+07:00');
    const kept = hours('2025-12-31T05:10:00+07:00', '2025-12-31T05:55:00+07:00', '2025-12-31T10:31:00+07:00', '2025-12-31T12:00:00+07:00');
    const ids = hoursToSearch({ _id: mmsi, days: ['2025-12-31'] }, at);
    const docs = ids.map((id) => kept.get(id)).filter((d): d is TrackHourDoc => !!d);
    expect(newestAtOrBefore(docs, at)?.time.toISOString()).toBe(new Date('2025-12-31T05:55:00+07:00').toISOString());
    // The instant itself counts; nothing before the first point does.
    expect(newestAtOrBefore(docs, Date.parse('2025-12-31T05:10:00+07:00'))?.time.toISOString()).toBe(new Date('2025-12-31T05:10:00+07:00').toISOString());
    expect(newestAtOrBefore(docs, Date.parse('2025-12-31T05:09:59+07:00'))).toBeNull();
  });
});
