/** quy-mo.csv: MaTruong, NamHoc, Khoi (0 = preschool, 1-12), SoLop, SoHocSinh, SoHocSinhNu[, NgayCapNhat]. */
import { csvRows, reject, type Feed } from '@ioc/kit';
import type { Models, EnrolmentDoc } from '../models';
import { schoolCode, schoolYear, count, updatedAt, byUpdatedAt, type Row } from './fields';
import { schoolLookup, checkGrade } from './school-lookup';

export function enrolmentFeed(
  m: Models,
  onAccepted: Feed<EnrolmentDoc & { [k: string]: unknown }>['onAccepted'],
): Feed<EnrolmentDoc & { [k: string]: unknown }> {
  const schoolOf = schoolLookup(m);
  return {
    onAccepted,
    name: 'enrolment',
    model: m.Enrolment,
    parse: csvRows,
    async toRecord(raw) {
      const row = raw as Row;
      const code = schoolCode(row);
      const year = schoolYear(row);
      const grade = count(row, 'Khoi', 12);
      const classes = count(row, 'SoLop', 10_000);
      const students = count(row, 'SoHocSinh');
      const girls = count(row, 'SoHocSinhNu');
      if (girls > students) throw reject('SoHocSinhNu', row.SoHocSinhNu, `lớn hơn tổng số học sinh (${students})`);
      if (students > 0 && classes === 0) throw reject('SoLop', row.SoLop, `bằng 0 trong khi có ${students} học sinh`);
      const version = updatedAt(row);
      checkGrade(await schoolOf(code, year), grade);
      return { _id: `${code}|${year}|${grade}`, school: code, schoolYear: year, grade, classes, students, girls, updatedAt: version };
    },
    version: byUpdatedAt,
    versionField: 'NgayCapNhat',
  };
}
