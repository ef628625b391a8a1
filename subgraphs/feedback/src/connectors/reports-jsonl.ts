/**
 * An existing feedback system's export (hệ thống tiếp nhận phản ánh hiện trường): JSON Lines, one
 * report per line, sent again each time it moves. MaPhanAnh is the natural key; ThoiGianCapNhat the
 * version (newest wins). The citizen's name and phone (HoTen, SoDienThoai), which such exports
 * carry, are never kept: statistics and public tracking do not need them.
 *
 * Fields: MaPhanAnh, LinhVuc (Vietnamese category label), NoiDung, ViDo, KinhDo, MaXaPhuong,
 * ThoiGianGui, TrangThai (MOI | DA_TIEP_NHAN | TU_CHOI | DA_CHUYEN | DANG_XU_LY | DA_XU_LY | DA_DONG),
 * LyDoTuChoi (KHONG_THUOC_THAM_QUYEN | TRUNG_LAP | THIEU_THONG_TIN), DonViXuLy, KetQuaXuLy,
 * ThoiGianXuLy, DanhGia (1–5), LichSu ([{TrangThai, ThoiGian}], optional), ThoiGianCapNhat.
 */
import { jsonLines, reject, RejectError, toVietnamIso, instantField, foldVietnamese, type Feed, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type FeedbackDoc, type Step } from '../models';
import { categories, doneStatuses, type Category, type Status, type RefusalReason } from '../codes';
import { deadlineDays } from '../config';
import { addWorkingDays } from '../working-days';
import { placeOf, PlaceError } from '../place';
import { trackingCodePattern } from '../intake';
import { importedChanges } from '../changes';

export type FeedbackRecord = FeedbackDoc & StoredRecord;

const statusCodes: Record<string, Status> = {
  MOI: 'RECEIVED',
  DA_TIEP_NHAN: 'ACCEPTED',
  TU_CHOI: 'REFUSED',
  DA_CHUYEN: 'ASSIGNED',
  DANG_XU_LY: 'IN_PROGRESS',
  DA_XU_LY: 'RESOLVED',
  DA_DONG: 'CLOSED',
};
const assigned = new Set<Status>(['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
const refusalCodes: Record<string, RefusalReason> = { KHONG_THUOC_THAM_QUYEN: 'OUT_OF_COMPETENCE', TRUNG_LAP: 'DUPLICATE', THIEU_THONG_TIN: 'INSUFFICIENT' };
const categoryByLabel = new Map(Object.entries(categories).map(([k, v]) => [foldVietnamese(v), k as Category]));

function text(raw: Record<string, unknown>, field: string, max: number, required = true): string | null {
  const value = raw[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw reject(field, value, 'bắt buộc, là chuỗi ký tự khác rỗng');
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '') throw reject(field, value, 'là chuỗi ký tự khác rỗng');
  if (value.length > max) throw reject(field, `${value.slice(0, 40)}…`, `dài quá ${max} ký tự`);
  return value.trim().normalize('NFC');
}

function oneOf<T>(raw: Record<string, unknown>, field: string, codes: Record<string, T>): T {
  const value = raw[field];
  if (typeof value !== 'string' || !(value in codes)) throw reject(field, value, `cần một trong ${Object.keys(codes).join(', ')}`);
  return codes[value];
}

function history(raw: Record<string, unknown>, feed: string, receivedAt: Date, status: Status, updatedAt: Date): Step[] {
  const by = `nguồn:${feed}`;
  const list = raw.LichSu;
  if (list === undefined || list === null) {
    const steps: Step[] = [{ status: 'RECEIVED', at: receivedAt, by, note: null }];
    if (status !== 'RECEIVED') steps.push({ status, at: updatedAt, by, note: null });
    return steps;
  }
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) throw reject('LichSu', list, 'cần danh sách 1–50 bước {TrangThai, ThoiGian}');
  return list.map((s, i) => {
    if (typeof s !== 'object' || s === null) throw reject(`LichSu[${i}]`, s, 'cần đối tượng {TrangThai, ThoiGian}');
    const step = s as Record<string, unknown>;
    return { status: oneOf(step, 'TrangThai', statusCodes), at: instantField(step, 'ThoiGian', 'bắt buộc')!, by, note: null };
  });
}

export function toFeedback(item: unknown, feed = 'reports'): FeedbackRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw reject('MaPhanAnh', item, 'dòng không phải một đối tượng JSON phản ánh');
  const raw = item as Record<string, unknown>;
  const id = text(raw, 'MaPhanAnh', 100)!;
  if (trackingCodePattern.test(id)) throw reject('MaPhanAnh', id, 'trùng dạng mã theo dõi của hub (PA-YYMMDD-XXXXXX)');
  const label = text(raw, 'LinhVuc', 100)!;
  const category = categoryByLabel.get(foldVietnamese(label));
  if (!category) throw reject('LinhVuc', label, `cần một trong ${Object.values(categories).join(', ')}`);
  const status = oneOf(raw, 'TrangThai', statusCodes);
  const receivedAt = instantField(raw, 'ThoiGianGui', 'bắt buộc có thời gian gửi')!;
  const updatedAt = instantField(raw, 'ThoiGianCapNhat', 'bắt buộc có thời gian cập nhật')!;
  if (updatedAt < receivedAt) throw reject('ThoiGianCapNhat', raw.ThoiGianCapNhat, `trước thời gian gửi ${raw.ThoiGianGui}`);
  const resolvedAt = instantField(raw, 'ThoiGianXuLy', doneStatuses.has(status) && `bắt buộc với phản ánh đã xử lý (TrangThai ${raw.TrangThai})`);
  if (resolvedAt && resolvedAt < receivedAt) throw reject('ThoiGianXuLy', raw.ThoiGianXuLy, `trước thời gian gửi ${raw.ThoiGianGui}`);
  const refusalReason = status === 'REFUSED' ? oneOf(raw, 'LyDoTuChoi', refusalCodes) : null;
  // From assignment on, the handling agency is known.
  const agency = text(raw, 'DonViXuLy', 300, assigned.has(status));
  const rating = raw.DanhGia ?? null;
  if (rating !== null && (!Number.isInteger(rating) || (rating as number) < 1 || (rating as number) > 5))
    throw reject('DanhGia', rating, 'cần số nguyên 1–5 hoặc null');
  if (rating !== null && !doneStatuses.has(status)) throw reject('DanhGia', rating, 'chỉ đánh giá phản ánh đã xử lý');
  let place;
  try {
    place = placeOf({ latitude: raw.ViDo, longitude: raw.KinhDo, communeCode: raw.MaXaPhuong }, toVietnamIso(receivedAt).slice(0, 10), {
      latitude: 'ViDo',
      longitude: 'KinhDo',
      communeCode: 'MaXaPhuong',
    });
  } catch (e) {
    if (e instanceof PlaceError) throw new RejectError(e.field, e.value, e.message);
    throw e;
  }
  return {
    _id: id,
    source: feed,
    category,
    description: text(raw, 'NoiDung', 4000)!,
    phone: null,
    ...place,
    status,
    receivedAt,
    dueAt: addWorkingDays(receivedAt, deadlineDays()[category]),
    refusalReason,
    agency,
    result: text(raw, 'KetQuaXuLy', 4000, doneStatuses.has(status)),
    resolvedAt,
    photos: [],
    resultPhotos: [],
    rating: rating as number | null,
    history: history(raw, feed, receivedAt, status, updatedAt),
    duplicateOf: null,
    hotSpot: null,
    updatedAt,
  };
}

export function reportFeed(conn: Connection): Feed<FeedbackRecord> {
  return {
    name: 'reports',
    parse: jsonLines,
    toRecord: (raw) => toFeedback(raw, 'reports'),
    model: models(conn).Feedback,
    version: (r) => r.updatedAt.getTime(),
    onAccepted: importedChanges(conn),
  };
}
