/**
 * The fishing-vessel registry export (CSV, one row per vessel, UTF-8, comma or semicolon), in the
 * documented columns: SoDangKy, TenTau, ChieuDai (m), CongSuat (kW), NgheKhaiThac, MaXaChuTau
 * (owner's commune code), MMSI, CangCa.
 *
 * NgayCapNhat (date the row was last changed, YYYY-MM-DD or DD/MM/YYYY) is optional, an ordering
 * column an export may add: when present it is the row's version (an older export never overwrites
 * a newer one) and the date at which MaXaChuTau is read in the unit registers. Without it the feed's
 * arrival orders versions (the later import wins) and MaXaChuTau is read in today's register.
 */
import { csvRows, reject, resolveUnit, UnitError, parseDateString, todayInVietnam, type Feed, type StoredRecord, type UnitRef } from '@ioc/kit';
import type { Models, VesselDoc } from '../models';

/**
 * Registration number: province symbol, 5-digit serial, "TS" (thủy sản), per the numbering of
 * Circular 23/2018/TT-BNNPTNT, Art. 9 (e.g. QNa-90123-TS, ĐNa-90001-TS, NA-91234-TS).
 */
const registrationPattern = /^(\p{Lu}\p{L}{0,3})-(\d{5})-TS$/u;

function text(row: Record<string, string>, field: string): string | null {
  const v = row[field]?.trim();
  return v ? v.normalize('NFC') : null;
}

/** Accepts the decimal comma Vietnamese spreadsheets write ("15,5"). */
function number(row: Record<string, string>, field: string, min: number, max: number, required: boolean): number | null {
  const raw = row[field]?.trim();
  if (!raw) {
    if (required) throw reject(field, row[field], 'thiếu giá trị bắt buộc');
    return null;
  }
  const n = Number(raw.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(n)) throw reject(field, raw, 'không phải số');
  if (n < min || n > max) throw reject(field, raw, `phải từ ${min} đến ${max}`);
  return n;
}

function date(row: Record<string, string>, field: string): string | null {
  const raw = row[field]?.trim();
  if (!raw) return null;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : raw;
  const d = parseDateString(iso);
  if (!d) throw reject(field, raw, 'không phải ngày có thật (YYYY-MM-DD hoặc DD/MM/YYYY)');
  return d;
}

/** The stored reference without the register's full unit object. */
function ownerUnit(row: Record<string, string>, on: string): UnitRef {
  try {
    const { unit: _unit, ...ref } = resolveUnit(text(row, 'MaXaChuTau') ?? row.MaXaChuTau, on, 'MaXaChuTau');
    return ref;
  } catch (e) {
    if (e instanceof UnitError) throw reject('MaXaChuTau', row.MaXaChuTau, e.message.replace(/^MaXaChuTau: /, ''));
    throw e;
  }
}

export function toVessel(raw: unknown): VesselDoc & StoredRecord {
  const row = raw as Record<string, string>;
  const registration = text(row, 'SoDangKy');
  if (!registration) throw reject('SoDangKy', row.SoDangKy, 'thiếu số đăng ký');
  if (!registrationPattern.test(registration)) throw reject('SoDangKy', registration, 'không đúng dạng <ký hiệu tỉnh>-<5 chữ số>-TS');
  const lengthM = number(row, 'ChieuDai', 1, 200, true)!;
  const powerKw = number(row, 'CongSuat', 0, 20_000, false);
  const mmsi = text(row, 'MMSI');
  if (mmsi !== null && !/^\d{9}$/.test(mmsi)) throw reject('MMSI', mmsi, 'MMSI gồm 9 chữ số');
  const updatedOn = date(row, 'NgayCapNhat');
  const unit = ownerUnit(row, updatedOn ?? todayInVietnam());
  if (unit.level !== 'COMMUNE') throw reject('MaXaChuTau', row.MaXaChuTau, 'cần mã xã (5 chữ số)');
  return {
    _id: registration,
    name: text(row, 'TenTau'),
    lengthM,
    powerKw,
    gear: text(row, 'NgheKhaiThac'),
    mmsi,
    homePort: text(row, 'CangCa'),
    updatedOn,
    unit,
  };
}

export function registryFeed(m: Models): Feed<VesselDoc & StoredRecord> {
  return {
    name: 'registry',
    parse: csvRows,
    toRecord: toVessel,
    model: m.Vessel,
    version: (v) => (v.updatedOn ? Date.parse(`${v.updatedOn}T00:00:00+07:00`) : null),
    versionField: 'NgayCapNhat',
    unitOf: (raw) => (raw as Record<string, unknown>).MaXaChuTau,
  };
}
