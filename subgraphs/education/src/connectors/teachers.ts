/** giao-vien.csv: MaTruong, NamHoc, SoGiaoVien, SoGiaoVienDatChuan[, NgayCapNhat]. */
import { csvRows, reject, type Feed } from '@ioc/kit';
import type { Models, TeachersDoc } from '../models';
import { schoolCode, schoolYear, count, updatedAt, byUpdatedAt, type Row } from './fields';
import { schoolLookup } from './school-lookup';

export function teachersFeed(m: Models, onAccepted: Feed<TeachersDoc & { [k: string]: unknown }>['onAccepted']): Feed<TeachersDoc & { [k: string]: unknown }> {
  const schoolOf = schoolLookup(m);
  return {
    onAccepted,
    name: 'teachers',
    model: m.Teachers,
    parse: csvRows,
    async toRecord(raw) {
      const row = raw as Row;
      const code = schoolCode(row);
      const year = schoolYear(row);
      const teachers = count(row, 'SoGiaoVien', 100_000);
      const qualified = count(row, 'SoGiaoVienDatChuan', 100_000);
      if (qualified > teachers) throw reject('SoGiaoVienDatChuan', row.SoGiaoVienDatChuan, `lớn hơn tổng số giáo viên (${teachers})`);
      const version = updatedAt(row);
      await schoolOf(code, year);
      return { _id: `${code}|${year}`, school: code, schoolYear: year, teachers, qualified, updatedAt: version };
    },
    version: byUpdatedAt,
    versionField: 'NgayCapNhat',
  };
}
