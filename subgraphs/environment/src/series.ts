/**
 * VN_AQI over a station's stored readings (hourly and daily series, run at ingest by aqi-days.ts)
 * and hours per band. The formulas are in ./aqi; this file only chooses which readings each index sees.
 */
import { BANDS, dailyAqi, HOUR_MS, hourlyAqi, type AqiBand, type DailyAqi, type HourlyAqi, type HourlyReading } from './aqi';
import type { ReadingDoc } from './models';

const ICT_MS = 7 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;

export function toHourly(r: ReadingDoc): HourlyReading {
  return { time: new Date(r.time), pm25: r.pm25, pm10: r.pm10, o3: r.o3, no2: r.no2, so2: r.so2, co: r.co };
}

/** YYYY-MM-DD of an instant in Vietnam time. */
export function vietnamDay(t: Date | number): string {
  return new Date(new Date(t).getTime() + ICT_MS).toISOString().slice(0, 10);
}

/**
 * AQI^h for every hour of [start, end) where one exists. The NowCast needs 2 of the 3 latest
 * hours, so an hour more than 2 hours after the last reading has no index: only hours within
 * 2 hours after some reading are tried.
 */
export function hourlySeries(readings: readonly ReadingDoc[], start: Date, end: Date): HourlyAqi[] {
  const byHour = new Map(readings.map((r) => [new Date(r.time).getTime(), toHourly(r)]));
  const candidates = new Set<number>();
  for (const t of byHour.keys()) for (let k = 0; k < 3; k++) candidates.add(t + k * HOUR_MS);
  const out: HourlyAqi[] = [];
  for (const h of [...candidates].sort((a, b) => a - b)) {
    if (h < start.getTime() || h >= end.getTime()) continue;
    const window: HourlyReading[] = [];
    for (let k = 0; k < 12; k++) {
      const r = byHour.get(h - k * HOUR_MS);
      if (r) window.push(r);
    }
    const aqi = hourlyAqi(window, new Date(h));
    if (aqi) out.push(aqi);
  }
  return out;
}

export interface DayEntry {
  date: string;
  hours: number;
  aqi: DailyAqi | null;
}

/** AQI^d of each Vietnam day in [from, to) that has readings, with the 7 hours before each day for O3. */
export function dailySeries(readings: readonly ReadingDoc[], from: string, to: string): DayEntry[] {
  const byDay = new Map<string, HourlyReading[]>();
  for (const r of readings) {
    const day = vietnamDay(r.time);
    const list = byDay.get(day);
    if (list) list.push(toHourly(r));
    else byDay.set(day, [toHourly(r)]);
  }
  return [...byDay.keys()]
    .filter((d) => d >= from && d < to)
    .sort()
    .map((date) => {
      const dayStart = Date.parse(`${date}T00:00:00+07:00`);
      const previous = byDay.get(vietnamDay(dayStart - DAY_MS)) ?? [];
      const day = byDay.get(date)!;
      return { date, hours: day.length, aqi: dailyAqi(day, { previousHours: previous }) };
    });
}

export interface BandHours {
  band: AqiBand;
  hours: number;
  hoursAtOrAbove: number;
}

/** Hours per band, every band listed (best first), with the running count of that band or worse. */
export function bandHours(series: readonly { band: AqiBand }[]): BandHours[] {
  const counts = BANDS.map((b) => series.filter((h) => h.band.code === b.code).length);
  return BANDS.map((band, i) => ({ band, hours: counts[i], hoursAtOrAbove: counts.slice(i).reduce((a, b) => a + b, 0) }));
}

/** Sums several band tallies (stations of one unit) band by band. */
export function addBandHours(tallies: readonly BandHours[][]): BandHours[] {
  return BANDS.map((band, i) => ({
    band,
    hours: tallies.reduce((s, t) => s + t[i].hours, 0),
    hoursAtOrAbove: tallies.reduce((s, t) => s + t[i].hoursAtOrAbove, 0),
  }));
}
