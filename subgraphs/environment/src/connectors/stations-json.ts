/**
 * The monitoring system's station list, `stations.json`: either
 *   { "updatedAt": "2025-01-01", "stations": [ { code, name, type, longitude, latitude, communeCode }, … ] }
 * or a bare array of stations each carrying its own `updatedAt`. The documented format has no
 * `updatedAt`: it is optional. When present, the listing date decides the register the commune code
 * is read in, and is the version: an older listing never overwrites a newer one. Without it the
 * commune code is read in today's register and the later import wins.
 */
import type { Readable } from 'node:stream';
import type { Connection } from 'mongoose';
import {
  parseDateString,
  readJsonDocument,
  reject,
  RejectError,
  resolveUnit,
  toVietnamIso,
  todayInVietnam,
  UnitError,
  type Feed,
  type ParsedItem,
  type StoredRecord,
} from '@ioc/kit';
import { models, type StationDoc } from '../models';

export type StationRecord = StationDoc & StoredRecord;

/**
 * Vietnam's extent in WGS 84, islands included (Trường Sa reaches about 117.8° E, Lũng Cú about
 * 23.4° N, Cà Mau cape 8.6° N): a point outside is a swapped or mistyped coordinate.
 */
const extent = { lonMin: 102, lonMax: 118, latMin: 8, latMax: 23.5 };

async function* stationItems(input: Readable): AsyncIterable<ParsedItem> {
  const doc = await readJsonDocument(input);
  const list = Array.isArray(doc) ? doc : (doc as { stations?: unknown })?.stations;
  if (!Array.isArray(list)) throw new Error('stations.json cần là một mảng trạm hoặc đối tượng có trường "stations"');
  const listedAt = Array.isArray(doc) ? undefined : (doc as { updatedAt?: unknown }).updatedAt;
  let position = 0;
  for (const station of list) {
    position++;
    const own = typeof station === 'object' && station !== null && !Array.isArray(station);
    yield {
      raw: own && listedAt !== undefined && (station as Record<string, unknown>).updatedAt === undefined ? { ...station, updatedAt: listedAt } : station,
      position,
    };
  }
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A day (taken as 00:00 in Vietnam) or an ISO instant with its offset; null when absent. */
function listingTime(value: unknown): Date | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && parseDateString(value)) return new Date(`${value}T00:00:00+07:00`);
  if (typeof value === 'string' && instantPattern.test(value) && parseDateString(value.slice(0, 10))) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw reject('updatedAt', value, 'cần ngày YYYY-MM-DD hoặc ngày giờ ISO 8601 có múi giờ');
}

function text(raw: Record<string, unknown>, field: string, max: number): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') throw reject(field, value, 'bắt buộc, là chuỗi ký tự khác rỗng');
  if (value.length > max) throw reject(field, value, `dài quá ${max} ký tự`);
  return value.trim().normalize('NFC');
}

function coordinate(raw: Record<string, unknown>, field: string, min: number, max: number): number {
  const value = raw[field];
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw reject(field, value, 'cần một số (độ thập phân WGS 84)');
  if (n < min || n > max) throw reject(field, value, `nằm ngoài lãnh thổ Việt Nam (${min}…${max})`);
  return n;
}

export function toStation(item: unknown): StationRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw reject('stations', item, 'phần tử không phải một đối tượng trạm');
  const raw = item as Record<string, unknown>;
  const code = text(raw, 'code', 50);
  if (!/^[\p{L}\p{N}_.-]+$/u.test(code)) throw reject('code', raw.code, 'mã trạm chỉ gồm chữ, số và _ . -');
  const type = text(raw, 'type', 20).toUpperCase();
  if (type !== 'AIR') throw reject('type', raw.type, 'nguồn này chỉ nhận trạm quan trắc không khí ("AIR")');
  const updated = listingTime(raw.updatedAt);
  const listedAt = updated && toVietnamIso(updated).slice(0, 10);
  let unit;
  try {
    const { unit: _resolved, ...ref } = resolveUnit(raw.communeCode, listedAt ?? todayInVietnam(), 'communeCode');
    unit = ref;
  } catch (e) {
    if (e instanceof UnitError) throw new RejectError(e.field, e.value, e.message);
    throw e;
  }
  if (unit.level !== 'COMMUNE') throw reject('communeCode', raw.communeCode, 'cần mã xã/phường 5 chữ số');
  return {
    _id: `${code}@${unit.register}`,
    code,
    name: text(raw, 'name', 300),
    type,
    longitude: coordinate(raw, 'longitude', extent.lonMin, extent.lonMax),
    latitude: coordinate(raw, 'latitude', extent.latMin, extent.latMax),
    listedAt,
    unit,
  };
}

export function stationFeed(conn: Connection): Feed<StationRecord> {
  return {
    name: 'stations',
    parse: stationItems,
    toRecord: toStation,
    model: models(conn).Station,
    version: (r) => (r.listedAt ? Date.parse(`${r.listedAt}T00:00:00+07:00`) : null),
    versionField: 'updatedAt',
    unitOf: (raw) => (raw as Record<string, unknown> | null)?.communeCode,
  };
}
