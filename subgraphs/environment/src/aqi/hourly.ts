/**
 * Hourly VN_AQI (AQI^h).
 * Source: QĐ 1459/QĐ-TCMT (12/11/2019), mục 2.2.1.
 */
import { CO, NO2, O3_1H, PM10, PM2_5, SO2, type PollutantCode } from './breakpoints';
import { composite, subIndex, type Composite, type SubIndices } from './index-formula';
import { nowCast, NOWCAST_HOURS, type HourValue } from './nowcast';

/**
 * One station's 1-hour means, µg/m³ for every pollutant (CO too). `time` is the start of the hour:
 * the decision labels hours by their end ("01:00" is 00:00–01:00), so its 01:00 is our 00:00.
 * null/undefined means not measured or rejected by QA/QC (mục 2.1.a).
 */
export interface HourlyReading {
  readonly time: Date;
  readonly pm25?: number | null;
  readonly pm10?: number | null;
  readonly o3?: number | null;
  readonly no2?: number | null;
  readonly so2?: number | null;
  readonly co?: number | null;
}

export interface HourlyAqi extends Composite {
  /** Start of the hour the index describes. */
  readonly time: Date;
  /** Unrounded AQIx of every pollutant that could be computed; only the composite is rounded. */
  readonly subIndices: SubIndices;
}

export const HOUR_MS = 3_600_000;

/** Hour number since the epoch; throws on anything not on an hour boundary. */
export function hourKey(time: Date, what: string): number {
  const ms = time instanceof Date ? time.getTime() : NaN;
  // Vietnam (UTC+7) has whole-hour offset and no DST, so UTC hour boundaries are local ones too.
  if (!Number.isFinite(ms) || ms % HOUR_MS !== 0) {
    throw new RangeError(`${what} must be a valid Date at the start of an hour, got ${String(time)}`);
  }
  return ms / HOUR_MS;
}

/**
 * Readings keyed by hour. Two records for the same hour are refused rather than merged or
 * overwritten: which one is right is a data question this function cannot answer.
 */
export function byHour(readings: readonly HourlyReading[]): Map<number, HourlyReading> {
  const map = new Map<number, HourlyReading>();
  for (const r of readings) {
    const k = hourKey(r.time, 'reading time');
    if (map.has(k)) throw new RangeError(`two readings for the hour starting ${r.time.toISOString()}`);
    map.set(k, r);
  }
  return map;
}

export function present(v: HourValue): v is number {
  return v !== null && v !== undefined;
}

/**
 * AQI^h for the hour starting at `at`, from the station's readings (only the 12 hours ending at `at`
 * are looked at; later readings are ignored, so the index never uses the future).
 *
 * - PM2.5, PM10: Công thức 2 on the NowCast of the 12 hours c1 = `at` … c12 = `at` − 11 h.
 * - O3 (1h table), NO2, SO2, CO: Công thức 1 on the hour's own value.
 * - AQI^h = max(AQIx), rounded; null when neither PM index exists (mục 2.1.b).
 */
export function hourlyAqi(readings: readonly HourlyReading[], at: Date): HourlyAqi | null {
  const atKey = hourKey(at, 'at');
  const hours = byHour(readings);
  const now = hours.get(atKey);

  const subIndices: SubIndices = {};
  const put = (code: PollutantCode, v: number | null) => {
    if (v !== null) subIndices[code] = v;
  };

  const series = (pick: (r: HourlyReading) => HourValue): HourValue[] =>
    Array.from({ length: NOWCAST_HOURS }, (_, k) => {
      const r = hours.get(atKey - k);
      return r ? pick(r) : null;
    });
  const pm25 = nowCast(series((r) => r.pm25));
  const pm10 = nowCast(series((r) => r.pm10));
  if (pm25 !== null) put('PM2_5', subIndex(PM2_5, pm25));
  if (pm10 !== null) put('PM10', subIndex(PM10, pm10));

  if (now) {
    if (present(now.o3)) put('O3', subIndex(O3_1H, now.o3));
    if (present(now.no2)) put('NO2', subIndex(NO2, now.no2));
    if (present(now.so2)) put('SO2', subIndex(SO2, now.so2));
    if (present(now.co)) put('CO', subIndex(CO, now.co));
  }

  const c = composite(subIndices);
  return c && { time: new Date(atKey * HOUR_MS), ...c, subIndices };
}
