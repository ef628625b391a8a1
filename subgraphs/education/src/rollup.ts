/**
 * Education figures as rollups kept at ingest (kit engine). The unit of account is a school's
 * school year: the school (as the register lists it now) with its grade rows and its teachers row
 * for that year, assembled by school-years.ts. Each counts in one bucket per school year (e.g.
 * `2024-2025`) of every unit the school lies in, in the register the year reads its codes in:
 * totals, by school level, by ownership type and by grade. The grades over the charter's class
 * size and the schools short of qualified teachers are the bucket's open set, which the alerts list.
 */
import { counter, expand, registerAt, type Contribution, type RollupSpec, type UnitRef } from '@ioc/kit';
import type { EnrolmentDoc, SchoolDoc, TeachersDoc } from './models';
import { unitPath } from './loaders';
import { schoolYearStart } from './school-year';
import { classSizeCapOf } from './class-size';

/** Ratios are shown to two decimals. */
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** One school's school year: what the figures count (`_id` = `<MaTruong>|<NamHoc>`). */
export interface SchoolYearRecord {
  _id: string;
  schoolYear: string;
  school: SchoolDoc;
  /** Its grade rows (quy-mo.csv), any order. */
  grades: EnrolmentDoc[];
  /** Its teachers row (giao-vien.csv), when reported. */
  teachers: TeachersDoc | null;
}

interface Timed {
  updatedAt: number | null;
  _ingestedAt?: Date;
}
/** When a row was true: its NgayCapNhat, else its arrival (epoch ms; the alert's time). */
const timeOf = (r: Timed) => r.updatedAt ?? r._ingestedAt?.getTime() ?? 0;

export type OverCapItem = {
  kind: 'overCap';
  name: string;
  schoolYear: string;
  grade: number;
  perClass: number;
  cap: number;
  code: string;
  register: UnitRef['register'];
  time: number;
  link: string;
};
export type TeachersLowItem = {
  kind: 'teachersLow';
  name: string;
  schoolYear: string;
  share: number;
  code: string;
  register: UnitRef['register'];
  time: number;
  link: string;
};
export type EducationItem = OverCapItem | TeachersLowItem;

/** The school's unit in the register its school year reads codes in (null: no such commune then). */
export const unitOfYear = (school: SchoolDoc, schoolYear: string): UnitRef | null => school[unitPath[registerAt(schoolYearStart(schoolYear))]] ?? null;

export const educationRollup: RollupSpec<SchoolYearRecord> = {
  unit: (y) => unitOfYear(y.school, y.schoolYear),
  contributions: (y): Contribution[] => {
    const { school, grades, teachers: t } = y;
    // A school counts for the years it reported in.
    if (grades.length === 0 && !t) return [];
    const unit = unitOfYear(school, y.schoolYear)!;
    const sum = (k: 'classes' | 'students' | 'girls') => grades.reduce((n, g) => n + g[k], 0);
    const students = sum('students');
    const counters: Record<string, number> = {};
    const items: Record<string, EducationItem> = {};
    let oversizedClasses = 0;
    for (const g of grades) {
      // `rows` keeps a grade reported with zeros listed, as the raw rows list it.
      for (const [k, n] of Object.entries({ rows: 1, classes: g.classes, students: g.students, girls: g.girls }))
        if (n) counters[counter(k, { grade: g.grade })] = n;
      const cap = classSizeCapOf(g.grade);
      if (g.classes > 0 && g.students > cap * g.classes) {
        oversizedClasses += g.classes;
        items[`overCap:${g._id}`] = {
          kind: 'overCap',
          name: school.name,
          schoolYear: y.schoolYear,
          grade: g.grade,
          perClass: round2(g.students / g.classes),
          cap,
          code: unit.code,
          register: unit.register,
          time: timeOf(g),
          link: `enrolment:${g._id}`,
        };
      }
    }
    // Every school short of a full share is kept; the alert applies the watch line configured when read.
    if (t && t.teachers > 0 && t.qualified < t.teachers) {
      items[`teachersLow:${t._id}`] = {
        kind: 'teachersLow',
        name: school.name,
        schoolYear: y.schoolYear,
        share: round2((t.qualified * 100) / t.teachers),
        code: unit.code,
        register: unit.register,
        time: timeOf(t),
        link: `teachers:${t._id}`,
      };
    }
    const paired = grades.length > 0 && !!t;
    const figures = {
      ...expand({ schools: 1, students }, { level: school.level, type: school.type }),
      ...expand(
        { standardSchools: school.standard ? 1 : 0, classes: sum('classes'), girls: sum('girls'), teachers: t?.teachers ?? 0 },
        { level: school.level },
      ),
    };
    return [
      {
        bucket: y.schoolYear,
        counters: {
          ...counters,
          ...figures,
          qualifiedTeachers: t?.qualified ?? 0,
          // Pupils per teacher only over schools that reported both, so a missing report skews nothing.
          pairedStudents: paired ? students : 0,
          pairedTeachers: paired ? t!.teachers : 0,
          oversizedClasses,
        },
        items,
      },
    ];
  },
};
