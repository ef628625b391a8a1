/** truong.csv: MaTruong, TenTruong, CapHoc, LoaiHinh, MaXa, DatChuanQuocGia[, NgayCapNhat]. */
import { csvRows, type Feed } from '@ioc/kit';
import { schoolLevels, schoolTypes } from '../levels';
import type { Models, SchoolDoc } from '../models';
import { text, schoolCode, oneOf, flag, updatedAt, byUpdatedAt, type Row } from './fields';
import { schoolUnits } from './units';

export function schoolsFeed(
  m: Models,
  onAccepted: Feed<SchoolDoc & { _id: string; [k: string]: unknown }>['onAccepted'],
): Feed<SchoolDoc & { _id: string; [k: string]: unknown }> {
  return {
    onAccepted,
    name: 'schools',
    model: m.School,
    parse: csvRows,
    toRecord(raw) {
      const row = raw as Row;
      const commune = text(row, 'MaXa', 10);
      return {
        _id: schoolCode(row),
        name: text(row, 'TenTruong'),
        level: oneOf(row, 'CapHoc', schoolLevels),
        type: oneOf(row, 'LoaiHinh', schoolTypes),
        standard: flag(row, 'DatChuanQuocGia'),
        commune,
        ...schoolUnits(commune),
        updatedAt: updatedAt(row),
      };
    },
    version: byUpdatedAt,
    versionField: 'NgayCapNhat',
    unitOf: (raw) => (raw as Record<string, unknown>).MaXa,
  };
}
