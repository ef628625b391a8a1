/**
 * The public-service portal's dossier export: JSON Lines, one dossier per line, sent again each
 * time its status moves. MaHoSo is the natural key; NgayCapNhat is the version (newest wins).
 */
import { jsonLines, reject, RejectError, resolveUnit, UnitError, toVietnamIso, instantField, rollupFeed, type Feed, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type DossierDoc } from '../models';
import { statusNames, channelNames, resolvedStatuses, pendingStatuses } from '../codes';
import { dossierRollups } from '../rollups';

export type DossierRecord = DossierDoc & StoredRecord;

function text(raw: Record<string, unknown>, field: string, max = 500): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') throw reject(field, value, 'bắt buộc, là chuỗi ký tự khác rỗng');
  if (value.length > max) throw reject(field, `${value.slice(0, 40)}…`, `dài quá ${max} ký tự`);
  return value.trim().normalize('NFC');
}

function code(raw: Record<string, unknown>, field: string, names: Record<number, string>): number {
  const value = raw[field];
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || !(n in names)) {
    throw reject(
      field,
      value,
      `mã không hợp lệ; cần một trong ${Object.entries(names)
        .map(([k, v]) => `${k} (${v})`)
        .join(', ')}`,
    );
  }
  return n;
}

export function toDossier(item: unknown): DossierRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw reject('MaHoSo', item, 'dòng không phải một đối tượng JSON hồ sơ');
  const raw = item as Record<string, unknown>;
  const id = text(raw, 'MaHoSo', 100);
  const status = code(raw, 'TrangThai', statusNames);
  const channel = code(raw, 'KenhNop', channelNames);
  const onlineLevel = raw.MucDo ?? null;
  if (onlineLevel !== null && onlineLevel !== 'TOAN_TRINH' && onlineLevel !== 'MOT_PHAN') {
    throw reject('MucDo', onlineLevel, 'cần "TOAN_TRINH", "MOT_PHAN" hoặc null');
  }
  const receivedAt = instantField(raw, 'NgayTiepNhan', 'bắt buộc có ngày giờ tiếp nhận')!;
  // An accepted dossier always has a due time; one refused or only registered may not.
  const dueAt = instantField(
    raw,
    'NgayHenTra',
    (pendingStatuses.has(status) || resolvedStatuses.has(status)) && `bắt buộc với hồ sơ đã tiếp nhận (TrangThai ${status})`,
  );
  const finishedAt = instantField(raw, 'NgayKetThuc', resolvedStatuses.has(status) && `bắt buộc với hồ sơ đã giải quyết (TrangThai ${status})`);
  const updatedAt = instantField(raw, 'NgayCapNhat', 'bắt buộc có ngày giờ cập nhật')!;
  if (dueAt && dueAt < receivedAt) throw reject('NgayHenTra', raw.NgayHenTra, `trước ngày tiếp nhận ${raw.NgayTiepNhan}`);
  if (finishedAt && finishedAt < receivedAt) throw reject('NgayKetThuc', raw.NgayKetThuc, `trước ngày tiếp nhận ${raw.NgayTiepNhan}`);
  if (updatedAt < receivedAt) throw reject('NgayCapNhat', raw.NgayCapNhat, `trước ngày tiếp nhận ${raw.NgayTiepNhan}`);
  let unit;
  try {
    // The unit is read in the register in force on the day the dossier was received.
    const { unit: _resolved, ...ref } = resolveUnit(raw.MaDonViHanhChinh, toVietnamIso(receivedAt).slice(0, 10), 'MaDonViHanhChinh');
    unit = ref;
  } catch (e) {
    if (e instanceof UnitError) throw new RejectError(e.field, e.value, e.message);
    throw e;
  }
  return {
    _id: id,
    procedureCode: text(raw, 'MaTTHC', 100),
    procedureName: text(raw, 'TenTTHC', 1000),
    fieldCode: text(raw, 'MaLinhVuc', 100),
    fieldName: text(raw, 'TenLinhVuc'),
    agency: text(raw, 'CoQuanXuLy'),
    status,
    channel,
    onlineLevel,
    receivedAt,
    dueAt,
    finishedAt,
    updatedAt,
    unit,
  };
}

export function dossierFeed(conn: Connection): Feed<DossierRecord> {
  return {
    name: 'dossiers',
    parse: jsonLines,
    toRecord: toDossier,
    model: models(conn).Dossier,
    version: (r) => r.updatedAt.getTime(),
    onAccepted: rollupFeed<DossierRecord>(conn, dossierRollups),
    versionField: 'NgayCapNhat',
    unitOf: (raw) => (raw as Record<string, unknown> | null)?.MaDonViHanhChinh,
  };
}
