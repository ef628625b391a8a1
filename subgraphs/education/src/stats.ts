/** Education figures of one unit and school year, from its rollup bucket (see rollup.ts). */
import type { Tally } from '@ioc/kit';
import { schoolLevels, schoolTypes, levelNames, typeNames } from './levels';
import { round2 } from './rollup';

const ratio = (a: number, b: number, scale = 1) => (b === 0 ? null : round2((a * scale) / b));

export function statsOf(schoolYear: string, t: Tally) {
  const total = {
    schools: t.get('schools'),
    standardSchools: t.get('standardSchools'),
    classes: t.get('classes'),
    students: t.get('students'),
    girls: t.get('girls'),
    teachers: t.get('teachers'),
    qualifiedTeachers: t.get('qualifiedTeachers'),
  };
  const of = (measure: string, dim: string, value: string) => t.by(measure, dim).get(value) ?? 0;
  return {
    schoolYear,
    ...total,
    standardSchoolShare: ratio(total.standardSchools, total.schools, 100),
    girlsShare: ratio(total.girls, total.students, 100),
    studentsPerClass: ratio(total.students, total.classes),
    qualifiedTeacherShare: ratio(total.qualifiedTeachers, total.teachers, 100),
    studentsPerTeacher: ratio(t.get('pairedStudents'), t.get('pairedTeachers')),
    oversizedClassShare: ratio(t.get('oversizedClasses'), total.classes, 100),
    byLevel: schoolLevels.map((level) => ({
      level,
      name: levelNames[level],
      ...Object.fromEntries(['schools', 'standardSchools', 'classes', 'students', 'girls', 'teachers'].map((k) => [k, of(k, 'level', level)])),
    })),
    byType: schoolTypes.map((type) => ({ type, name: typeNames[type], schools: of('schools', 'type', type), students: of('students', 'type', type) })),
    byGrade: [...t.by('rows', 'grade').keys()]
      .map(Number)
      .sort((a, b) => a - b)
      .map((grade) => ({
        grade,
        classes: of('classes', 'grade', String(grade)),
        students: of('students', 'grade', String(grade)),
        girls: of('girls', 'grade', String(grade)),
      })),
  };
}

export type Stats = ReturnType<typeof statsOf>;
