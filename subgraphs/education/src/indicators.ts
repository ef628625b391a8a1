/** Headline figures against their targets, and the alerts a leader should look at. */
import { indicatorStatus, rankAlerts, type Alert, type Indicator } from '@ioc/kit';
import { settings } from './settings';
import { classSizeSources } from './class-size';
import type { Stats } from './stats';
import type { EducationItem } from './rollup';

/** The headline figures of school year `s`; `previous`, when given, is the school year before (each indicator's `previous`). */
export function indicators(s: Stats, previous: Stats | null = null): Indicator[] {
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
      previous: previous?.qualifiedTeacherShare ?? null,
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
      previous: previous?.oversizedClassShare ?? null,
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
      previous: previous?.standardSchoolShare ?? null,
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
      previous: previous?.studentsPerTeacher ?? null,
      source: configured('HUB_EDUCATION_TARGET_STUDENTS_PER_TEACHER', 20),
    },
  ];
}

/**
 * Over-size grades (WARNING) and schools whose share of qualified teachers is below the watch line
 * (WARNING; CRITICAL under half), from the open set of the unit's school year (see rollup.ts).
 */
export function alerts(items: EducationItem[], since: Date | null): Alert[] {
  const t = settings();
  const list: Alert[] = [];
  for (const i of items) {
    if (i.kind === 'overCap') {
      list.push({
        code: 'education.classSizeOverCap',
        level: 'WARNING',
        title: `${i.name}: khối ${i.grade} năm học ${i.schoolYear} bình quân ${i.perClass} học sinh/lớp, vượt mức tối đa ${i.cap}`,
        unitCode: i.code,
        register: i.register,
        time: new Date(i.time),
        link: i.link,
      });
    } else if (i.share < t.targetQualifiedTeacherShare - t.watchBand) {
      list.push({
        code: 'education.qualifiedTeachersLow',
        level: i.share < 50 ? 'CRITICAL' : 'WARNING',
        title: `${i.name}: ${i.share}% giáo viên đạt chuẩn trình độ đào tạo năm học ${i.schoolYear} (mục tiêu ${t.targetQualifiedTeacherShare}%)`,
        unitCode: i.code,
        register: i.register,
        time: new Date(i.time),
        link: i.link,
      });
    }
  }
  // Same level and time: by record, so the order never depends on the read.
  return rankAlerts(
    list.sort((a, b) => a.link!.localeCompare(b.link!)),
    since,
  );
}
