/**
 * The land registry's parcel export: a GeoJSON FeatureCollection, one parcel per Feature, with the
 * registry's own property names (maXa, soTo, soThua, dienTich, loaiDat, doiTuong, daCapGCN,
 * ngayCapNhat). Coordinates are WGS 84 (RFC 7946) unless the file's `crs` member names VN-2000 TM-3.
 */
import type { Readable } from 'node:stream';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  reject,
  streamedDocumentParts,
  resolveUnit,
  todayInVietnam,
  toVietnamIso,
  parseDateString,
  unitRegisters,
  RejectError,
  UnitError,
  type Feed,
  type ParsedItem,
  type StoredRecord,
  type Unit,
} from '@ioc/kit';
import { detectCrs, transformGeometryVn2000ToWgs84, centralMeridianFor, UnrecognisedCrsError, type DetectedCrs } from './vn2000';
import { bbox, geodesicArea, validateGeometry, type ParcelGeometry } from '../geometry';
import { landUse } from '../reference/land-use-codes';
import type { Models, ParcelDoc } from '../models';

/**
 * "VN-2000 / TM-3" without a meridian: each parcel is in its own province's meridian, the usual
 * case for a registry that exports one province's communes at a time.
 */
type FileCrs = DetectedCrs | { kind: 'VN2000_TM3_PROVINCE' };

/** The file-level CRS travels to `toRecord` beside the feature, keeping the raw record as sent. */
const crsOfFeature = new WeakMap<object, FileCrs>();

function fileCrs(doc: { crs?: unknown }): FileCrs {
  const name = (doc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name === 'string' && /vn[\s_-]?2000/i.test(name)) {
    const rest = name.replace(/vn[\s_-]?2000/i, '').replace(/tm[\s_-]?3/i, '');
    if (!/1\d{2}|zone|utm/i.test(rest)) return { kind: 'VN2000_TM3_PROVINCE' };
  }
  try {
    return detectCrs(doc);
  } catch (e) {
    if (e instanceof UnrecognisedCrsError)
      throw new Error(`crs: ${JSON.stringify(e.value)} — hệ tọa độ không được hỗ trợ, cần WGS 84 hoặc VN-2000 TM-3 (${e.message})`, { cause: e });
    throw e;
  }
}

/**
 * The file-level members come before `features` in what registries and GDAL write; a `crs` after
 * the first feature could not apply to the features already read, so it is refused.
 */
export async function* parseFeatureCollection(input: Readable): AsyncIterable<ParsedItem> {
  let crs: FileCrs = { kind: 'WGS84' };
  let sawFeatures = false;
  let position = 0;
  for await (const part of streamedDocumentParts(input, { array: 'features', what: 'GeoJSON' })) {
    if (part.kind === 'member') {
      if (part.key === 'type' && part.value !== 'FeatureCollection')
        throw new Error(`type: ${JSON.stringify(part.value)} — tệp phải là một GeoJSON FeatureCollection`);
      if (part.key === 'crs') {
        if (position > 0) throw new Error('crs: phải đứng trước "features" (hệ tọa độ không thể áp dụng cho các thửa đã đọc)');
        crs = fileCrs({ crs: part.value });
      }
      continue;
    }
    if (part.kind === 'arrayStart') {
      sawFeatures = true;
      continue;
    }
    position = part.position;
    if (part.kind === 'badElement') {
      yield { raw: part.text, position, error: { field: null, value: part.text.slice(0, 80), reason: part.reason } };
      continue;
    }
    if (part.value && typeof part.value === 'object') crsOfFeature.set(part.value, crs);
    yield { raw: part.value, position };
  }
  if (!sawFeatures) throw new Error('features: thiếu — tệp phải là một GeoJSON FeatureCollection có mảng "features"');
}

/**
 * Vietnam's extent, mainland and islands (Trường Sa reaches about 117°20′E; Lũng Cú 23°23′N; Đất
 * Mũi 8°34′N; Apa Chải 102°09′E — Atlat Địa lí Việt Nam, NXB Giáo dục). A shape outside it is a
 * wrong CRS or swapped X/Y, not a parcel.
 */
const vietnam = { minLon: 102, minLat: 8.4, maxLon: 117.5, maxLat: 23.5 };

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** ngayCapNhat → the Vietnam day and the instant (a bare date is the start of that Vietnam day). */
function updateTime(value: unknown): { day: string; at: number } {
  if (typeof value === 'string') {
    const day = parseDateString(value);
    if (day) return { day, at: Date.parse(`${day}T00:00:00+07:00`) };
    if (isoInstant.test(value) && parseDateString(value.slice(0, 10))) {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) return { day: toVietnamIso(new Date(at)).slice(0, 10), at };
    }
  }
  throw reject('ngayCapNhat', value, 'cần ngày dạng YYYY-MM-DD hoặc thời điểm ISO 8601');
}

function positiveInt(field: string, value: unknown): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) throw reject(field, value, 'cần số nguyên dương');
  return n;
}

function positiveArea(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) throw reject('dienTich', value, 'diện tích (m²) phải là số dương');
  return n;
}

/** A multi-purpose parcel carries several codes joined by "+" (ONT+CLN); all must be known. */
function useCodes(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') throw reject('loaiDat', value, 'thiếu mã loại đất');
  return value.split('+').map((part) => {
    const use = landUse(part);
    if (!use) throw reject('loaiDat', value, `mã loại đất "${part.trim()}" không có trong danh mục Thông tư 08/2024/TT-BTNMT`);
    return use.code;
  });
}

function certified(value: unknown): boolean {
  if (value === true || value === 1 || value === 'true' || value === '1') return true;
  if (value === false || value === 0 || value === 'false' || value === '0') return false;
  throw reject('daCapGCN', value, 'cần true hoặc false');
}

function userType(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > 20) throw reject('doiTuong', value, 'cần mã đối tượng sử dụng đất (chuỗi ngắn)');
  return value.trim().toUpperCase();
}

/** A shape is too long to quote in a reason: its type stands for it, the reason says where it fails. */
const shown = (g: unknown) => (g && typeof g === 'object' ? ((g as { type?: unknown }).type ?? null) : g);

/**
 * Survey files keep the meridian of the province they were surveyed in (see vn2000.ts): a commune
 * of the new register takes the old province of the communes it absorbed.
 */
function provinceMeridian(unit: Unit): number | undefined {
  const old = unit.register === 'FROM_2025_07' ? unitRegisters().predecessorsOf(unit)[0]?.unit.province : unit.province;
  return centralMeridianFor(old ?? unit.province);
}

function wgs84Geometry(geometry: unknown, crs: FileCrs, unit: Unit): ParcelGeometry {
  if (crs.kind === 'WGS84') {
    const bad = validateGeometry(geometry);
    if (bad) throw reject('geometry', shown(geometry), `hình thửa không hợp lệ: ${bad}`);
    return geometry as ParcelGeometry;
  }
  const bad = validateGeometry(geometry, { lonLatRange: false });
  if (bad) throw reject('geometry', shown(geometry), `hình thửa không hợp lệ: ${bad}`);
  const meridian = crs.kind === 'VN2000_TM3' ? crs.centralMeridian : provinceMeridian(unit);
  if (meridian === undefined) throw reject('maXa', unit.code, 'không biết kinh tuyến trục VN-2000 của tỉnh chứa xã này');
  return transformGeometryVn2000ToWgs84(geometry as Polygon | MultiPolygon, meridian);
}

export function toParcel(raw: unknown): ParcelDoc & StoredRecord {
  const f = raw as Feature | null;
  if (!f || typeof f !== 'object' || f.type !== 'Feature')
    throw reject('type', (f as { type?: unknown } | null)?.type, 'mỗi phần tử của "features" phải là một Feature GeoJSON');
  const p = f.properties as Record<string, unknown> | null;
  if (!p || typeof p !== 'object') throw reject('properties', p, 'thiếu thuộc tính thửa đất');
  const updated = updateTime(p.ngayCapNhat);
  if (updated.day > todayInVietnam()) throw reject('ngayCapNhat', p.ngayCapNhat, 'ngày cập nhật ở tương lai');
  let ref;
  try {
    ref = resolveUnit(p.maXa, updated.day, 'maXa');
  } catch (e) {
    if (e instanceof UnitError) throw new RejectError(e.field, e.value, e.message);
    throw e;
  }
  if (ref.level !== 'COMMUNE') throw reject('maXa', p.maXa, 'cần mã xã gồm 5 chữ số');
  const sheet = positiveInt('soTo', p.soTo);
  const number = positiveInt('soThua', p.soThua);
  const area = positiveArea(p.dienTich);
  const uses = useCodes(p.loaiDat);
  const geometry = wgs84Geometry(f.geometry, crsOfFeature.get(f) ?? { kind: 'WGS84' }, ref.unit);
  const [minLon, minLat, maxLon, maxLat] = bbox(geometry);
  if (minLon < vietnam.minLon || maxLon > vietnam.maxLon || minLat < vietnam.minLat || maxLat > vietnam.maxLat) {
    throw reject('geometry', [minLon, minLat, maxLon, maxLat], 'hình thửa nằm ngoài lãnh thổ Việt Nam (sai hệ tọa độ hoặc đảo X/Y?)');
  }
  const geometryArea = geodesicArea(geometry);
  const { unit: _unit, ...unit } = ref;
  return {
    _id: `${ref.code}-${sheet}-${number}`,
    unit,
    sheet,
    number,
    area,
    geometryArea,
    areaDeviation: Math.abs(geometryArea - area) / area,
    uses,
    group: landUse(uses[0])!.group,
    userType: userType(p.doiTuong),
    certified: certified(p.daCapGCN),
    updatedOn: updated.day,
    updatedAt: new Date(updated.at),
    geometry: JSON.stringify(geometry),
    minLon,
    minLat,
    maxLon,
    maxLat,
  };
}

export function parcelsFeed(model: Models['Parcel'], onAccepted?: Feed<ParcelDoc & StoredRecord>['onAccepted']): Feed<ParcelDoc & StoredRecord> {
  return {
    onAccepted,
    name: 'parcels',
    parse: parseFeatureCollection,
    toRecord: toParcel,
    version: (record) => record.updatedAt.getTime(),
    versionField: 'properties.ngayCapNhat',
    unitOf: (raw) => (raw as { properties?: Record<string, unknown> } | null)?.properties?.maXa,
    model,
  };
}
