/** Field checks shared by the three CSV exports; each failure names the column and the value. */
import { reject, parseDateString } from '@ioc/kit';
import { parseSchoolYear } from '../school-year';

export type Row = Record<string, string | undefined>;

export function text(row: Row, field: string, max = 200): string {
  const v = row[field];
  if (v === undefined || v.trim() === '') throw reject(field, v, 'bắt buộc, không được để trống');
  if (v.length > max) throw reject(field, v, `dài quá ${max} ký tự`);
  return v.trim();
}

/** MaTruong: letters, digits, dot, dash or underscore; it becomes part of every key. */
export function schoolCode(row: Row, field = 'MaTruong'): string {
  const v = text(row, field, 40);
  if (!/^[A-Za-z0-9._-]+$/.test(v)) throw reject(field, v, 'mã trường chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới');
  return v;
}

export function oneOf<T extends string>(row: Row, field: string, allowed: readonly T[]): T {
  const v = text(row, field).toUpperCase();
  if (!(allowed as readonly string[]).includes(v)) throw reject(field, row[field], `phải là một trong ${allowed.join(', ')}`);
  return v as T;
}

export function count(row: Row, field: string, max = 1_000_000): number {
  const v = text(row, field);
  if (!/^\d+$/.test(v) || Number(v) > max) throw reject(field, v, `phải là số nguyên không âm, tối đa ${max}`);
  return Number(v);
}

export function flag(row: Row, field: string): boolean {
  const v = text(row, field);
  if (v !== '0' && v !== '1') throw reject(field, v, 'phải là 0 hoặc 1');
  return v === '1';
}

export function schoolYear(row: Row, field = 'NamHoc'): string {
  const v = text(row, field);
  if (!parseSchoolYear(v)) throw reject(field, v, 'năm học phải có dạng YYYY-YYYY với hai năm liên tiếp, ví dụ 2024-2025');
  return v;
}

/**
 * NgayCapNhat (optional, an ordering column the documented exports lack): when the school management
 * system last changed the row, YYYY-MM-DD or an ISO date-time; without a zone it is Vietnam time.
 * It orders updates: an older row never overwrites a newer one.
 */
export function updatedAt(row: Row, field = 'NgayCapNhat'): number | null {
  const v = row[field]?.trim();
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  const valid = m && parseDateString(m[1]) && (m[2] === undefined || (+m[2] < 24 && +m[3] < 60 && +(m[4] ?? 0) < 60));
  if (!m || !valid) throw reject(field, v, 'cần ngày có thật dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm[:ss]');
  return Date.parse(`${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}${m[5] ?? '+07:00'}`);
}

/** A row's version for the kit: its NgayCapNhat; an undated row is ordered by its arrival (the later import wins). */
export const byUpdatedAt = (r: { updatedAt: number | null }): number | null => r.updatedAt;
