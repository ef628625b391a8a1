/**
 * Daily VN_AQI of a unit's stations summed per period: what `series` returns and what the good-day
 * indicator (and its previous period) is computed from. Each station's days are its month
 * documents of the range, kept at ingest (aqi-days.ts).
 */
import { seriesPeriods, type DayRange, type Every } from '@ioc/kit';
import type { DayEntry } from './series';
import type { AqiReads } from './aqi-read';
import type { StationDoc } from './models';

/** VN_AQI ≤ 100 is Tốt or Trung bình (QĐ 1459/QĐ-TCMT, Bảng 1). */
export const GOOD_DAY_MAX = 100;

export interface PeriodFigures {
  from: string;
  to: string;
  stationDays: number;
  ratedDays: number;
  goodDays: number;
  goodDayRate: number | null;
  worstDaily: number | null;
}

export async function stationDays(stations: StationDoc[], aqi: AqiReads, range: DayRange): Promise<DayEntry[]> {
  return (await Promise.all(stations.map((s) => aqi.days(s.code, range.from, range.to)))).flat();
}

export function figuresOf(range: DayRange, days: DayEntry[]): PeriodFigures {
  const mine = days.filter((d) => d.date >= range.from && d.date < range.to);
  const rated = mine.filter((d) => d.aqi !== null);
  const good = rated.filter((d) => d.aqi!.value <= GOOD_DAY_MAX).length;
  return {
    ...range,
    stationDays: mine.length,
    ratedDays: rated.length,
    goodDays: good,
    goodDayRate: rated.length ? Math.round((1000 * good) / rated.length) / 10 : null,
    worstDaily: rated.reduce<number | null>((w, d) => (w === null || d.aqi!.value > w ? d.aqi!.value : w), null),
  };
}

export async function periodSeries(stations: StationDoc[], aqi: AqiReads, range: DayRange, every: Every): Promise<PeriodFigures[]> {
  const periods = seriesPeriods(range.from, range.to, every);
  const days = await stationDays(stations, aqi, range);
  return periods.map((p) => figuresOf(p, days));
}
