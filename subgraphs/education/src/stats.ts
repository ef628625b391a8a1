/** Education figures of one unit and school year, from its rollups (see rollup.ts). */
import type { Tally } from '@ioc/kit';
import { schoolLevels, schoolTypes, levelNames, typeNames } from './levels';
import { round2 } from './rollup';

export { round2 };
const ratio = (a: number, b: number, scale = 1) => (b === 0 ? null : round2((a * scale) / b));

export function computeStats(schoolYear: string, t: Tally) {
  const by = (measure: string, dimension: string, value: string | number) => t.by(measure, dimension).get(String(value)) ?? 0;
  const grades = [...t.values('grade')].map(Number).sort((a, b) => a - b);
  return {
    schoolYear,
    schools: t.get('schools'),
    standardSchools: t.get('standardSchools'),
    classes: t.get('classes'),
    students: t.get('students'),
    girls: t.get('girls'),
    teachers: t.get('teachers'),
    qualifiedTeachers: t.get('qualifiedTeachers'),
    standardSchoolShare: ratio(t.get('standardSchools'), t.get('schools'), 100),
    girlsShare: ratio(t.get('girls'), t.get('students'), 100),
    studentsPerClass: ratio(t.get('students'), t.get('classes')),
    qualifiedTeacherShare: ratio(t.get('qualifiedTeachers'), t.get('teachers'), 100),
    studentsPerTeacher: ratio(t.get('pairedStudents'), t.get('pairedTeachers')),
    oversizedClassShare: ratio(t.get('oversizedClasses'), t.get('classes'), 100),
    byLevel: schoolLevels.map((l) => ({
      level: l, name: levelNames[l], schools: by('schools', 'level', l), standardSchools: by('standardSchools', 'level', l),
      classes: by('classes', 'level', l), students: by('students', 'level', l), girls: by('girls', 'level', l), teachers: by('teachers', 'level', l),
    })),
    byType: schoolTypes.map((ty) => ({ type: ty, name: typeNames[ty], schools: by('schools', 'type', ty), students: by('students', 'type', ty) })),
    byGrade: grades.map((g) => ({ grade: g, classes: by('classes', 'grade', g), students: by('students', 'grade', g), girls: by('girls', 'grade', g) })),
  };
}

export type Stats = ReturnType<typeof computeStats>;
