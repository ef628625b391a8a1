/**
 * The monitoring system's hourly export: CSV with header
 *   MaTram, ThoiGian, PM2_5, PM10, O3, NO2, SO2, CO
 * ThoiGian is the start of the hour with its +07:00 offset (a bare "YYYY-MM-DD HH:mm" is read as
 * Vietnam time); concentrations are 1-hour means in µg/m³ (CO too); an empty cell is a missing
 * value. The natural key is (MaTram, ThoiGian): a re-sent hour replaces the stored one (the
 * system re-exports an hour after QA/QC), and an identical one is unchanged.
 */
import type { Connection } from 'mongoose';
import { csvRows, parseDateString, reject, type Feed, type StoredRecord } from '@ioc/kit';
import { HOUR_MS } from '../aqi';
import { models, type ReadingDoc } from '../models';
import { keepReadingDays } from '../reading-days';

export type ReadingRecord = ReadingDoc & StoredRecord;

const columns = [
  ['PM2_5', 'pm25'],
  ['PM10', 'pm10'],
  ['O3', 'o3'],
  ['NO2', 'no2'],
  ['SO2', 'so2'],
  ['CO', 'co'],
] as const;

/**
 * Largest credible 1-hour mean per column, µg/m³: each is well above its last VN_AQI breakpoint
 * (QĐ 1459/QĐ-TCMT, Bảng 2), so every real episode passes and only unit or typing errors (CO sent
 * in mg/m³ ×1000 twice, an extra digit) are refused.
 */
const ceiling: Record<(typeof columns)[number][0], number> = { PM2_5: 2000, PM10: 3000, O3: 5000, NO2: 10000, SO2: 10000, CO: 500000 };

const timePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

function hourStart(value: unknown): Date {
  const m = typeof value === 'string' ? timePattern.exec(value.trim()) : null;
  if (!m || !parseDateString(`${m[1]}-${m[2]}-${m[3]}`) || +m[4] > 23 || +m[5] > 59 || +(m[6] ?? 0) > 59) {
    throw reject('ThoiGian', value, 'cần ngày giờ dạng 2025-01-01T07:00:00+07:00');
  }
  const offset = (m[7] ?? '+07:00').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
  if (d.getTime() % HOUR_MS !== 0) throw reject('ThoiGian', value, 'phải là đầu giờ (phút và giây bằng 0)');
  return d;
}

function concentration(raw: Record<string, string>, column: (typeof columns)[number][0]): number | null {
  const value = raw[column];
  if (value === undefined || value.trim() === '') return null;
  // Spreadsheets set to Vietnamese write decimals with a comma ("12,5"), which `;`-separated exports keep.
  const n = /^\d+,\d+$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : Number(value.trim());
  if (!Number.isFinite(n)) throw reject(column, value, 'không phải số');
  if (n < 0) throw reject(column, value, 'nồng độ không được âm');
  if (n > ceiling[column]) throw reject(column, value, `vượt ${ceiling[column]} µg/m³, không thể là trung bình 1 giờ (sai đơn vị?)`);
  return n;
}

/** @param knownStation whether a station code is in the station list (readings of unknown stations are rejects) */
export function toReading(item: unknown, knownStation: (code: string) => boolean): ReadingRecord {
  const raw = item as Record<string, string>;
  const station = (raw.MaTram ?? '').trim();
  if (station === '') throw reject('MaTram', raw.MaTram, 'bắt buộc có mã trạm');
  if (!knownStation(station)) throw reject('MaTram', raw.MaTram, 'không có trạm này trong danh mục trạm (nạp stations.json trước)');
  const time = hourStart(raw.ThoiGian);
  const values = Object.fromEntries(columns.map(([column, key]) => [key, concentration(raw, column)])) as Pick<
    ReadingDoc,
    'pm25' | 'pm10' | 'o3' | 'no2' | 'so2' | 'co'
  >;
  return { _id: `${station}|${time.toISOString()}`, station, time, ...values };
}

export function readingFeed(conn: Connection): Feed<ReadingRecord> {
  const { Station, Reading } = models(conn);
  // One read of the station list per import (a few dozen codes), not one per row.
  let codes: Promise<Set<string>> | undefined;
  return {
    name: 'readings',
    parse: csvRows,
    async toRecord(item) {
      codes ??= Station.distinct('code').then((list) => new Set(list.map(String)));
      const known = await codes;
      return toReading(item, (c) => known.has(c));
    },
    model: Reading,
    onAccepted: keepReadingDays(conn),
  };
}
