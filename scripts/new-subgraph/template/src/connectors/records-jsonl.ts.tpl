/**
 * The source system's export: JSON Lines, one record per line (`id`, `unitCode`, `date`, `kind`,
 * `value`, `updatedAt`), sent again when a record changes. `id` is the natural key; `updatedAt` the
 * version (newest wins). Replace the field names with the source's own.
 */
import { jsonLines, reject, RejectError, resolveUnit, UnitError, parseDateString, type Feed, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type RecordDoc } from '../models';

export type SourceRecord = RecordDoc & StoredRecord;

export function toRecord(item: unknown): SourceRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw reject('id', item, 'dòng không phải một đối tượng JSON');
  const raw = item as Record<string, unknown>;
  if (typeof raw.id !== 'string' || !raw.id.trim() || raw.id.length > 100) throw reject('id', raw.id, 'bắt buộc, chuỗi 1–100 ký tự');
  const date = parseDateString(raw.date);
  if (!date) throw reject('date', raw.date, 'cần một ngày có thật dạng YYYY-MM-DD');
  if (typeof raw.kind !== 'string' || !raw.kind.trim() || raw.kind.length > 100) throw reject('kind', raw.kind, 'bắt buộc, chuỗi 1–100 ký tự');
  if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) throw reject('value', raw.value, 'cần một số');
  const updatedAt = typeof raw.updatedAt === 'string' ? new Date(raw.updatedAt) : new Date(NaN);
  if (Number.isNaN(updatedAt.getTime())) throw reject('updatedAt', raw.updatedAt, 'cần thời điểm ISO 8601');
  let unit;
  try {
    const { unit: _resolved, ...ref } = resolveUnit(raw.unitCode, date, 'unitCode');
    unit = ref;
  } catch (e) {
    if (e instanceof UnitError) throw new RejectError(e.field, e.value, e.message);
    throw e;
  }
  return { _id: raw.id.trim(), kind: raw.kind.trim().normalize('NFC'), value: raw.value, date, updatedAt, unit };
}

export function recordFeed(conn: Connection): Feed<SourceRecord> {
  return { name: 'records', parse: jsonLines, toRecord, model: models(conn).Record, version: (r) => r.updatedAt.getTime() };
}
