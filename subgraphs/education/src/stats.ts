/** Education figures of one unit and school year, computed from its schools and their reports. */
import { schoolLevels, schoolTypes, levelNames, typeNames } from './levels';
import type { SchoolDoc, EnrolmentDoc, TeachersDoc } from './models';
import { classSizeCapOf } from './class-size';

export interface StatsInput {
  schoolYear: string;
  schools: SchoolDoc[];
  enrolment: EnrolmentDoc[][];
  teachers: (TeachersDoc | null)[];
}

/** Ratios are shown to two decimals. */
export const round2 = (x: number) => Math.round(x * 100) / 100;
const ratio = (a: number, b: number, scale = 1) => (b === 0 ? null : round2((a * scale) / b));

export interface GradeOverCap {
  school: SchoolDoc;
  row: EnrolmentDoc;
  perClass: number;
  cap: number;
}

export function computeStats(input: StatsInput) {
  const level = new Map(
    schoolLevels.map((l) => [l, { level: l, name: levelNames[l], schools: 0, standardSchools: 0, classes: 0, students: 0, girls: 0, teachers: 0 }]),
  );
  const type = new Map(schoolTypes.map((t) => [t, { type: t, name: typeNames[t], schools: 0, students: 0 }]));
  const grade = new Map<number, { grade: number; classes: number; students: number; girls: number }>();
  const total = { schools: 0, standardSchools: 0, classes: 0, students: 0, girls: 0, teachers: 0, qualifiedTeachers: 0 };
  // Pupils per teacher only over schools that reported both, so a missing report skews nothing.
  let pairedStudents = 0;
  let pairedTeachers = 0;
  let oversizedClasses = 0;
  const overCap: GradeOverCap[] = [];

  input.schools.forEach((s, i) => {
    const rows = input.enrolment[i];
    const t = input.teachers[i];
    if (rows.length === 0 && !t) return;
    const students = rows.reduce((n, r) => n + r.students, 0);
    const l = level.get(s.level)!;
    const ty = type.get(s.type)!;
    total.schools++;
    l.schools++;
    ty.schools++;
    if (s.standard) {
      total.standardSchools++;
      l.standardSchools++;
    }
    for (const r of rows) {
      total.classes += r.classes;
      total.students += r.students;
      total.girls += r.girls;
      l.classes += r.classes;
      l.students += r.students;
      l.girls += r.girls;
      ty.students += r.students;
      const g = grade.get(r.grade) ?? { grade: r.grade, classes: 0, students: 0, girls: 0 };
      g.classes += r.classes;
      g.students += r.students;
      g.girls += r.girls;
      grade.set(r.grade, g);
      const cap = classSizeCapOf(r.grade);
      if (r.classes > 0 && r.students > cap * r.classes) {
        oversizedClasses += r.classes;
        overCap.push({ school: s, row: r, perClass: round2(r.students / r.classes), cap });
      }
    }
    if (t) {
      total.teachers += t.teachers;
      total.qualifiedTeachers += t.qualified;
      l.teachers += t.teachers;
      if (rows.length) {
        pairedStudents += students;
        pairedTeachers += t.teachers;
      }
    }
  });

  return {
    schoolYear: input.schoolYear,
    ...total,
    standardSchoolShare: ratio(total.standardSchools, total.schools, 100),
    girlsShare: ratio(total.girls, total.students, 100),
    studentsPerClass: ratio(total.students, total.classes),
    qualifiedTeacherShare: ratio(total.qualifiedTeachers, total.teachers, 100),
    studentsPerTeacher: ratio(pairedStudents, pairedTeachers),
    oversizedClassShare: ratio(oversizedClasses, total.classes, 100),
    byLevel: [...level.values()],
    byType: [...type.values()],
    byGrade: [...grade.values()].sort((a, b) => a.grade - b.grade),
    overCap,
  };
}

export type Stats = ReturnType<typeof computeStats>;
