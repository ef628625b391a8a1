/**
 * `npm run rollups:rebuild environment`: the kept VN_AQI (aqi-days.ts) recomputed from every stored
 * reading day, as ingest would have left it. A province-year is 20 stations × 365 day documents,
 * read at once; the AQI collection is then replaced whole. Holds the readings feed's lease, so no
 * ingest batch writes AQI documents meanwhile.
 */
import { acquireLease, renewStamp } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type AqiDoc, type ReadingDayDoc } from './models';
import { aqiDayId, daysEntered, putStationDay, previousDay } from './aqi-days';
import { dayId, readingsOf } from './reading-days';

/** AQI documents inserted per statement. */
const insertBatch = 1000;

export async function rebuildAqi(conn: Connection): Promise<string> {
  const m = models(conn);
  const lease = await acquireLease(conn, 'readings');
  try {
    const days = new Map((await m.ReadingDay.find({}).lean<ReadingDayDoc[]>()).map((d) => [d._id, d]));
    // Every station-day a stored reading enters: its own day, and the next when its NowCast reaches it.
    const entered = new Map<string, { station: string; day: string }>();
    for (const d of days.values()) {
      for (const hour of Object.keys(d.h ?? {})) {
        const time = new Date(Date.parse(`${d.day}T${hour}:00:00+07:00`));
        for (const day of daysEntered(time)) entered.set(aqiDayId(d.station, day), { station: d.station, day });
      }
    }
    const aqi = new Map<string, AqiDoc>();
    for (const { station, day } of entered.values()) {
      const docs = [days.get(dayId(station, previousDay(day))), days.get(dayId(station, day))].filter((d): d is ReadingDayDoc => !!d);
      putStationDay(aqi, station, day, readingsOf(docs));
    }
    await m.Aqi.deleteMany({});
    const all = [...aqi.values()];
    for (let i = 0; i < all.length; i += insertBatch) await m.Aqi.insertMany(all.slice(i, i + insertBatch), { ordered: false });
    return `VN_AQI of ${entered.size} station-days from ${days.size} reading days`;
  } finally {
    await lease.release();
    await renewStamp(conn);
  }
}
