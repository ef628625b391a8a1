/**
 * Reads of the VN_AQI kept at ingest (AqiDoc): a station's hours over a period are its day
 * documents, its days its month documents, all read by `_id`. The work depends on the stations and
 * days asked, never on how many readings are held.
 */
import type DataLoader from 'dataloader';
import { monthsOf } from '@ioc/kit';
import { HOUR_MS, type HourlyAqi } from './aqi';
import { aqiDayId, aqiMonthId, dayEntryOf, hourlyOf } from './aqi-days';
import type { AqiDoc } from './models';
import { vietnamDay, type DayEntry } from './series';

const DAY_MS = 24 * HOUR_MS;

/** The Vietnam days holding some instant of [start, end). */
function daysBetween(start: Date, end: Date): string[] {
  const days: string[] = [];
  const last = vietnamDay(end.getTime() - 1);
  for (let t = Date.parse(`${vietnamDay(start)}T00:00:00+07:00`); vietnamDay(t) <= last; t += DAY_MS) days.push(vietnamDay(t));
  return days;
}

const present = (d: AqiDoc | Error | null): d is AqiDoc => !!d && !(d instanceof Error);

export function aqiReads(docs: DataLoader<string, AqiDoc | null, string>) {
  /** AQI^h of every hour of [start, end) that has one, oldest first. */
  const hours = async (station: string, start: Date, end: Date): Promise<HourlyAqi[]> => {
    const days = daysBetween(start, end);
    const found = await docs.loadMany(days.map((d) => aqiDayId(station, d)));
    const out: HourlyAqi[] = [];
    found.forEach((doc, i) => {
      if (!present(doc)) return;
      for (const [hour, index] of Object.entries(doc.h ?? {})) {
        const h = hourlyOf(days[i], hour, index);
        if (h.time >= start && h.time < end) out.push(h);
      }
    });
    return out.sort((a, b) => a.time.getTime() - b.time.getTime());
  };

  return {
    hours,
    /** The most recent AQI^h at or before the hour `at`, trying the 24 hours up to it. */
    latest: async (station: string, at: Date): Promise<HourlyAqi | null> =>
      (await hours(station, new Date(at.getTime() - 23 * HOUR_MS), new Date(at.getTime() + HOUR_MS))).at(-1) ?? null,
    /** AQI^d of each day of [from, to) that has readings, in date order. */
    days: async (station: string, from: string, to: string): Promise<DayEntry[]> => {
      const months = monthsOf(from, to);
      const found = await docs.loadMany(months.map((m) => aqiMonthId(station, `${m}-01`)));
      const out: DayEntry[] = [];
      found.forEach((doc, i) => {
        if (!present(doc)) return;
        for (const [dd, d] of Object.entries(doc.d ?? {})) {
          const date = `${months[i]}-${dd}`;
          if (date >= from && date < to) out.push(dayEntryOf(date, d));
        }
      });
      return out.sort((a, b) => a.date.localeCompare(b.date));
    },
  };
}

export type AqiReads = ReturnType<typeof aqiReads>;
