/** Headline figures against their targets, and the alerts a leader should look at. */
import type { Register } from '@ioc/kit';
import { targets, classSizeSources } from './targets';
import type { Stats } from './stats';
import type { OverCapItem, TeachersItem } from './rollup';

type Status = 'GOOD' | 'WATCH' | 'ALERT';

/** Without data there is nothing to call good: WATCH, so that the gap gets looked at. */
function status(value: number | null, target: number, watch: number, better: 'higher' | 'lower'): Status {
  if (value === null) return 'WATCH';
  if (better === 'higher') return value >= target ? 'GOOD' : value >= watch ? 'WATCH' : 'ALERT';
  return value <= target ? 'GOOD' : value <= watch ? 'WATCH' : 'ALERT';
}

/** @param previous the same unit's figures for the school year before, for the trend */
export function indicators(s: Stats, previous: Stats) {
  const t = targets();
  const configured = (name: string, value: number) => `Cấu hình ${name} (mặc định ${value})`;
  return [
    {
      code: 'education.qualifiedTeacherShare', name: 'Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo', value: s.qualifiedTeacherShare, unit: '%',
      target: t.qualifiedTeacherShare, status: status(s.qualifiedTeacherShare, t.qualifiedTeacherShare, t.qualifiedTeacherShare - t.watchBand, 'higher'),
      previous: previous.qualifiedTeacherShare, period: s.schoolYear, source: 'Luật Giáo dục 2019, Điều 72; Nghị định 71/2020/NĐ-CP',
    },
    {
      code: 'education.oversizedClassShare', name: 'Tỷ lệ lớp vượt sĩ số tối đa theo điều lệ trường', value: s.oversizedClassShare, unit: '%',
      target: t.oversizedClassShare, status: status(s.oversizedClassShare, t.oversizedClassShare, t.oversizedClassShare + t.watchBand / 2, 'lower'),
      previous: previous.oversizedClassShare, period: s.schoolYear, source: classSizeSources,
    },
    {
      code: 'education.standardSchoolShare', name: 'Tỷ lệ trường đạt chuẩn quốc gia', value: s.standardSchoolShare, unit: '%',
      target: t.standardSchoolShare, status: status(s.standardSchoolShare, t.standardSchoolShare, t.standardSchoolShare - t.watchBand, 'higher'),
      previous: previous.standardSchoolShare, period: s.schoolYear, source: configured('EDU_TARGET_STANDARD_SCHOOL_SHARE', 70),
    },
    {
      code: 'education.studentsPerTeacher', name: 'Số học sinh bình quân trên một giáo viên', value: s.studentsPerTeacher, unit: 'học sinh/giáo viên',
      target: t.studentsPerTeacher, status: status(s.studentsPerTeacher, t.studentsPerTeacher, t.studentsPerTeacher * (1 + t.watchBand / 100), 'lower'),
      previous: previous.studentsPerTeacher, period: s.schoolYear, source: configured('EDU_TARGET_STUDENTS_PER_TEACHER', 20),
    },
  ];
}

export interface AlertOut { code: string; level: 'INFO' | 'WARNING' | 'CRITICAL'; title: string; unitCode: string; register: Register; time: Date; link: string }

/**
 * Over-size grades (WARNING) and schools whose share of qualified teachers is below the watch line
 * (WARNING; CRITICAL under half), from the unit's open set for the school year.
 */
export function alerts(items: (OverCapItem | TeachersItem)[]): AlertOut[] {
  const t = targets();
  const list: AlertOut[] = [];
  for (const i of items) {
    const time = new Date(i.time);
    const register = i.register as Register;
    if (i.kind === 'overCap') {
      list.push({ code: 'education.classSizeOverCap', level: 'WARNING', title: `${i.school}: khối ${i.grade} năm học ${i.schoolYear} bình quân ${i.perClass} học sinh/lớp, vượt mức tối đa ${i.cap}`, unitCode: i.code, register, time, link: i.link });
    } else if (i.share < t.qualifiedTeacherShare - t.watchBand) {
      list.push({
        code: 'education.qualifiedTeachersLow',
        level: i.share < 50 ? 'CRITICAL' : 'WARNING',
        title: `${i.school}: ${i.share}% giáo viên đạt chuẩn trình độ đào tạo năm học ${i.schoolYear} (mục tiêu ${t.qualifiedTeacherShare}%)`,
        unitCode: i.code, register, time, link: i.link,
      });
    }
  }
  return list.sort((a, b) => b.time.getTime() - a.time.getTime() || a.link.localeCompare(b.link));
}
