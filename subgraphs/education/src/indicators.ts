/** Headline figures against their targets, and the alerts a leader should look at. */
import { indicatorStatus, rankAlerts, type Alert, type Indicator, type UnitRef } from '@ioc/kit';
import { settings } from './settings';
import { classSizeSources } from './class-size';
import { round2, type Stats, type StatsInput } from './stats';

export function indicators(s: Stats): Indicator[] {
  const t = settings();
  const configured = (name: string, value: number) => `Cấu hình ${name} (mặc định ${value})`;
  return [
    {
      code: 'education.qualifiedTeacherShare',
      name: 'Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo',
      value: s.qualifiedTeacherShare,
      unit: '%',
      target: t.targetQualifiedTeacherShare,
      status: indicatorStatus(s.qualifiedTeacherShare, { target: t.targetQualifiedTeacherShare, better: 'higher', band: t.watchBand }),
      period: s.schoolYear,
      source: 'Luật Giáo dục 2019, Điều 72; Nghị định 71/2020/NĐ-CP',
    },
    {
      code: 'education.oversizedClassShare',
      name: 'Tỷ lệ lớp vượt sĩ số tối đa theo điều lệ trường',
      value: s.oversizedClassShare,
      unit: '%',
      target: t.targetOversizedClassShare,
      status: indicatorStatus(s.oversizedClassShare, { target: t.targetOversizedClassShare, better: 'lower', band: t.watchBand / 2 }),
      period: s.schoolYear,
      source: classSizeSources,
    },
    {
      code: 'education.standardSchoolShare',
      name: 'Tỷ lệ trường đạt chuẩn quốc gia',
      value: s.standardSchoolShare,
      unit: '%',
      target: t.targetStandardSchoolShare,
      status: indicatorStatus(s.standardSchoolShare, { target: t.targetStandardSchoolShare, better: 'higher', band: t.watchBand }),
      period: s.schoolYear,
      source: configured('HUB_EDUCATION_TARGET_STANDARD_SCHOOL_SHARE', 70),
    },
    {
      code: 'education.studentsPerTeacher',
      name: 'Số học sinh bình quân trên một giáo viên',
      value: s.studentsPerTeacher,
      unit: 'học sinh/giáo viên',
      target: t.targetStudentsPerTeacher,
      status: indicatorStatus(s.studentsPerTeacher, {
        target: t.targetStudentsPerTeacher,
        better: 'lower',
        band: (t.targetStudentsPerTeacher * t.watchBand) / 100,
      }),
      period: s.schoolYear,
      source: configured('HUB_EDUCATION_TARGET_STUDENTS_PER_TEACHER', 20),
    },
  ];
}

const timeOf = (r: { updatedAt: number | null; _ingestedAt?: Date }) => (r.updatedAt !== null ? new Date(r.updatedAt) : (r._ingestedAt ?? new Date(0)));

/**
 * Over-size grades (WARNING) and schools whose share of qualified teachers is below the watch line
 * (WARNING; CRITICAL under half). `ref` picks the school's unit in the register the year reads.
 */
export function alerts(input: StatsInput, s: Stats, ref: (school: StatsInput['schools'][number]) => UnitRef, since: Date | null): Alert[] {
  const t = settings();
  const list: Alert[] = s.overCap.map(({ school, row, perClass, cap }) => ({
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
    if (share >= t.targetQualifiedTeacherShare - t.watchBand) return;
    list.push({
      code: 'education.qualifiedTeachersLow',
      level: share < 50 ? 'CRITICAL' : 'WARNING',
      title: `${school.name}: ${share}% giáo viên đạt chuẩn trình độ đào tạo năm học ${row.schoolYear} (mục tiêu ${t.targetQualifiedTeacherShare}%)`,
      unitCode: ref(school).code,
      register: ref(school).register,
      time: timeOf(row as typeof row & { _ingestedAt?: Date }),
      link: `teachers:${row._id}`,
    });
  });
  // Same level and time: by record, so the order never depends on the read.
  return rankAlerts(
    list.sort((a, b) => a.link!.localeCompare(b.link!)),
    since,
  );
}
