/** Headline figures against their targets, and the alerts a leader should look at. */
import type { Register, UnitRef } from '@ioc/kit';
import { targets, classSizeSources } from './targets';
import { round2, type Stats, type StatsInput } from './stats';

type Status = 'GOOD' | 'WATCH' | 'ALERT';

/** Without data there is nothing to call good: WATCH, so that the gap gets looked at. */
function status(value: number | null, target: number, watch: number, better: 'higher' | 'lower'): Status {
  if (value === null) return 'WATCH';
  if (better === 'higher') return value >= target ? 'GOOD' : value >= watch ? 'WATCH' : 'ALERT';
  return value <= target ? 'GOOD' : value <= watch ? 'WATCH' : 'ALERT';
}

export function indicators(s: Stats) {
  const t = targets();
  const configured = (name: string, value: number) => `Cấu hình ${name} (mặc định ${value})`;
  return [
    {
      code: 'education.qualifiedTeacherShare', name: 'Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo', value: s.qualifiedTeacherShare, unit: '%',
      target: t.qualifiedTeacherShare, status: status(s.qualifiedTeacherShare, t.qualifiedTeacherShare, t.qualifiedTeacherShare - t.watchBand, 'higher'),
      period: s.schoolYear, source: 'Luật Giáo dục 2019, Điều 72; Nghị định 71/2020/NĐ-CP',
    },
    {
      code: 'education.oversizedClassShare', name: 'Tỷ lệ lớp vượt sĩ số tối đa theo điều lệ trường', value: s.oversizedClassShare, unit: '%',
      target: t.oversizedClassShare, status: status(s.oversizedClassShare, t.oversizedClassShare, t.oversizedClassShare + t.watchBand / 2, 'lower'),
      period: s.schoolYear, source: classSizeSources,
    },
    {
      code: 'education.standardSchoolShare', name: 'Tỷ lệ trường đạt chuẩn quốc gia', value: s.standardSchoolShare, unit: '%',
      target: t.standardSchoolShare, status: status(s.standardSchoolShare, t.standardSchoolShare, t.standardSchoolShare - t.watchBand, 'higher'),
      period: s.schoolYear, source: configured('EDU_TARGET_STANDARD_SCHOOL_SHARE', 70),
    },
    {
      code: 'education.studentsPerTeacher', name: 'Số học sinh bình quân trên một giáo viên', value: s.studentsPerTeacher, unit: 'học sinh/giáo viên',
      target: t.studentsPerTeacher, status: status(s.studentsPerTeacher, t.studentsPerTeacher, t.studentsPerTeacher * (1 + t.watchBand / 100), 'lower'),
      period: s.schoolYear, source: configured('EDU_TARGET_STUDENTS_PER_TEACHER', 20),
    },
  ];
}

export interface AlertOut { code: string; level: 'INFO' | 'WARNING' | 'CRITICAL'; title: string; unitCode: string; register: Register; time: Date; link: string }

const timeOf = (r: { updatedAt: number | null; _ingestedAt?: Date }) => (r.updatedAt !== null ? new Date(r.updatedAt) : r._ingestedAt ?? new Date(0));

/**
 * Over-size grades (WARNING) and schools whose share of qualified teachers is below the watch line
 * (WARNING; CRITICAL under half). `ref` picks the school's unit in the register the year reads.
 */
export function alerts(input: StatsInput, s: Stats, ref: (school: StatsInput['schools'][number]) => UnitRef) {
  const t = targets();
  const list: AlertOut[] = s.overCap.map(({ school, row, perClass, cap }) => ({
    code: 'education.classSizeOverCap',
    level: 'WARNING',
    title: `${school.name}: khối ${row.grade} năm học ${row.schoolYear} bình quân ${perClass} học sinh/lớp, vượt mức tối đa ${cap}`,
    unitCode: ref(school).code,
    register: ref(school).register,
    time: timeOf(row as typeof row & { _ingestedAt?: Date }),
    link: `enrolment:${row._id}`,
  }));
  input.schools.forEach((school, i) => {
    const row = input.teachers[i];
    if (!row || row.teachers === 0) return;
    const share = round2((row.qualified * 100) / row.teachers);
    if (share >= t.qualifiedTeacherShare - t.watchBand) return;
    list.push({
      code: 'education.qualifiedTeachersLow',
      level: share < 50 ? 'CRITICAL' : 'WARNING',
      title: `${school.name}: ${share}% giáo viên đạt chuẩn trình độ đào tạo năm học ${row.schoolYear} (mục tiêu ${t.qualifiedTeacherShare}%)`,
      unitCode: ref(school).code,
      register: ref(school).register,
      time: timeOf(row as typeof row & { _ingestedAt?: Date }),
      link: `teachers:${row._id}`,
    });
  });
  return list.sort((a, b) => b.time.getTime() - a.time.getTime() || a.link.localeCompare(b.link));
}
