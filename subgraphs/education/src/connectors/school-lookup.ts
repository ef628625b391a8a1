/**
 * The schools enrolment and teacher rows refer to. Rows arrive one at a time, so a per-row query
 * would cost one round trip each: the register is read whole (a province holds a few thousand
 * schools) and re-read when older than `maxAgeMs`, so that a scheduled pull sees schools added
 * since the previous one.
 */
import { reject, registerAt } from '@ioc/kit';
import type { Models, SchoolDoc } from '../models';
import { gradesOf } from '../levels';
import { schoolYearStart } from '../school-year';

type Known = Pick<SchoolDoc, '_id' | 'level' | 'commune'> & { pre: boolean; post: boolean };

const maxAgeMs = 30_000;

export function schoolLookup(m: Models) {
  let cache: { at: number; schools: Map<string, Known> } | undefined;
  const load = async () => {
    if (cache && Date.now() - cache.at < maxAgeMs) return cache.schools;
    const rows = await m.School.find({}, { level: 1, commune: 1, 'unitPre.code': 1, 'unitPost.code': 1 }).lean();
    const schools = new Map(rows.map((r) => [r._id, { _id: r._id, level: r.level, commune: r.commune, pre: !!r.unitPre, post: !!r.unitPost }]));
    cache = { at: Date.now(), schools };
    return schools;
  };

  /** The school of a row for a school year: known, and placed by its MaXa on the year's start. */
  return async (code: string, schoolYear: string): Promise<Known> => {
    const school = (await load()).get(code);
    if (!school) throw reject('MaTruong', code, 'không có trường mã này trong danh sách trường (nạp truong.csv trước)');
    const start = schoolYearStart(schoolYear);
    if (!(registerAt(start) === 'PRE_2025_07' ? school.pre : school.post)) {
      throw reject('MaTruong', code, `mã xã ${school.commune} của trường không có trong danh mục đơn vị hành chính ngày ${start} (đầu năm học ${schoolYear})`);
    }
    return school;
  };
}

/** Rejects a grade the school's level does not teach. */
export function checkGrade(school: Known, grade: number): void {
  const [lo, hi] = gradesOf[school.level];
  if (grade < lo || grade > hi) throw reject('Khoi', String(grade), `trường ${school._id} cấp ${school.level} chỉ có khối ${lo === hi ? lo : `${lo}-${hi}`}`);
}
