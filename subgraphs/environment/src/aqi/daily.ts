/**
 * Daily VN_AQI (AQI^d).
 * Source: QĐ 1459/QĐ-TCMT (12/11/2019), mục 2.2.2.
 */
import { CO, NO2, O3_1H, O3_8H, PM10, PM2_5, SO2, type BreakpointTable, type PollutantCode } from './breakpoints';
import { composite, subIndex, type Composite, type SubIndices } from './index-formula';
import { byHour, HOUR_MS, present, type HourlyReading } from './hourly';
import type { HourValue } from './nowcast';

export interface DailyAqi extends Composite {
  /** Calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD (the project's Date scalar). */
  readonly date: string;
  /** Unrounded AQIx per pollutant; for O3 the larger of its 1-hour and 8-hour indices. */
  readonly subIndices: SubIndices;
}

export interface DailyOptions {
  /**
   * Readings of the previous day (any subset; only its last 7 hours are used). The decision's worked
   * example (mục 2.2.2.a) gives "24 giá trị trung bình 8 giờ" per day, the first one (01:00) averaging
   * 18:00 of the day before through 01:00, so a day's 8-hour windows reach back 7 hours. Without
   * these readings the windows are limited to the day's own hours.
   */
  readonly previousHours?: readonly HourlyReading[];
}

/**
 * Minimum hourly values for a 24-hour PM mean: 18 of 24 (75 %). The decision defines the mean as
 * "trung bình cộng các giá trị quan trắc trung bình 1 giờ trong 1 ngày" and sets no coverage rule;
 * 75 % is this project's choice, the usual completeness threshold for 24-hour means, so that a
 * "daily" mean of a few morning hours is not published as the day's air quality.
 */
export const MIN_HOURS_24H = 18;

/**
 * Minimum hourly values for an 8-hour O3 mean: 6 of 8 (75 %). The decision says only "8 giờ liên
 * tiếp" and is silent on gaps; same 75 % choice as above.
 */
export const MIN_HOURS_8H = 6;

/** Mục 2.2.2.b: O3's 8-hour index is not used when the day's highest 8-hour mean exceeds this. */
export const O3_8H_LIMIT = 400;

const ICT_OFFSET_HOURS = 7;

/** YYYY-MM-DD of an hour in Vietnam time. */
function ictDate(hour: number): string {
  return new Date((hour + ICT_OFFSET_HOURS) * HOUR_MS).toISOString().slice(0, 10);
}

/**
 * AQI^d of one station-day from its 1-hour means (the hours starting 00:00…23:00 Vietnam time, which
 * the decision labels 01:00…00:00, mục 2.2.2.a). All readings must belong to the same day.
 *
 * - PM2.5, PM10: 24-hour mean, if at least MIN_HOURS_24H hours are present.
 * - O3: max of the index of the highest 1-hour mean (O3 1h table) and the index of the highest
 *   8-hour mean (O3 8h table); the latter is dropped when that mean is above 400 µg/m³.
 * - SO2, NO2, CO: highest 1-hour mean.
 * - AQI^d = max(AQIx), rounded; null when neither PM index exists (mục 2.1.b) or with no readings.
 */
export function dailyAqi(readingsOfTheDay: readonly HourlyReading[], options: DailyOptions = {}): DailyAqi | null {
  const day = byHour(readingsOfTheDay);
  if (day.size === 0) return null;

  const keys = [...day.keys()];
  const date = ictDate(keys[0]);
  for (const k of keys) {
    if (ictDate(k) !== date) {
      throw new RangeError(`readings span more than one day (Asia/Ho_Chi_Minh): ${date} and ${ictDate(k)}`);
    }
  }
  const [y, m, d] = date.split('-').map(Number);
  const firstHour = Date.UTC(y, m - 1, d) / HOUR_MS - ICT_OFFSET_HOURS;
  const dayHours = Array.from({ length: 24 }, (_, k) => firstHour + k);

  const previous = byHour(options.previousHours ?? []);
  const valueAt = (hour: number, pick: (r: HourlyReading) => HourValue): HourValue => {
    const r = hour >= firstHour ? day.get(hour) : hour >= firstHour - 7 ? previous.get(hour) : undefined;
    return r ? pick(r) : null;
  };
  const dayValues = (pick: (r: HourlyReading) => HourValue): number[] => dayHours.map((h) => valueAt(h, pick)).filter(present);

  const subIndices: SubIndices = {};
  const put = (code: PollutantCode, v: number | null | undefined) => {
    if (v !== null && v !== undefined) subIndices[code] = v;
  };
  const maxIndex = (table: BreakpointTable, pick: (r: HourlyReading) => HourValue): number | null => {
    const values = dayValues(pick);
    return values.length ? subIndex(table, Math.max(...values)) : null;
  };
  const mean24Index = (table: BreakpointTable, pick: (r: HourlyReading) => HourValue): number | null => {
    const values = dayValues(pick);
    if (values.length < MIN_HOURS_24H) return null;
    return subIndex(table, values.reduce((a, b) => a + b, 0) / values.length);
  };

  put(
    'PM2_5',
    mean24Index(PM2_5, (r) => r.pm25),
  );
  put(
    'PM10',
    mean24Index(PM10, (r) => r.pm10),
  );

  const o3 = (r: HourlyReading) => r.o3;
  const o3OneHour = maxIndex(O3_1H, o3);
  let max8h: number | null = null;
  for (const end of dayHours) {
    const window = Array.from({ length: 8 }, (_, k) => valueAt(end - k, o3)).filter(present);
    if (window.length < MIN_HOURS_8H) continue;
    const mean = window.reduce((a, b) => a + b, 0) / window.length;
    if (max8h === null || mean > max8h) max8h = mean;
  }
  const o3EightHour = max8h !== null && max8h <= O3_8H_LIMIT ? subIndex(O3_8H, max8h) : null;
  const o3Candidates = [o3OneHour, o3EightHour].filter((v): v is number => v !== null);
  if (o3Candidates.length) put('O3', Math.max(...o3Candidates));

  put(
    'NO2',
    maxIndex(NO2, (r) => r.no2),
  );
  put(
    'SO2',
    maxIndex(SO2, (r) => r.so2),
  );
  put(
    'CO',
    maxIndex(CO, (r) => r.co),
  );

  const c = composite(subIndices);
  return c && { date, ...c, subIndices };
}
