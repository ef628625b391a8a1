/**
 * Education figures as rollups kept at ingest (kit engine): one bucket per unit and school year,
 * counting each reporting school year (see school-years.ts) in total, by school level and ownership
 * type, and its grades by grade; the grades over the charter's class size and the schools short of
 * qualified teachers are the bucket's open set, which the alerts list.
 */
import { counter, expand, type Contribution, type RollupSpec } from '@ioc/kit';
import type { SchoolYearDoc } from './models';
import { classSizeCapOf } from './targets';

export const round2 = (x: number) => Math.round(x * 100) / 100;

export type OverCapItem = { kind: 'overCap'; school: string; grade: number; schoolYear: string; perClass: number; cap: number; code: string; register: string; time: Date; link: string };
export type TeachersItem = { kind: 'teachers'; school: string; schoolYear: string; share: number; code: string; register: string; time: Date; link: string };

export const educationRollup: RollupSpec<SchoolYearDoc> = {
  unit: (d) => d.unit,
  contributions: (d): Contribution[] => {
    const grades = Object.values(d.grades ?? {});
    const t = d.teachers;
    // A school counts for the years it reported in.
    if (grades.length === 0 && !t || !d.unit) return [];
    const sum = (k: 'classes' | 'students' | 'girls') => grades.reduce((n, g) => n + g[k], 0);
    const students = sum('students');
    const items: Record<string, OverCapItem | TeachersItem> = {};
    let oversizedClasses = 0;
    const byGrade: Record<string, number> = {};
    for (const g of grades) {
      for (const k of ['classes', 'students', 'girls'] as const) if (g[k]) byGrade[counter(k, { grade: g.grade })] = g[k];
      const cap = classSizeCapOf(g.grade);
      if (g.classes > 0 && g.students > cap * g.classes) {
        oversizedClasses += g.classes;
        items[`overCap:${g.id}`] = { kind: 'overCap', school: d.name, grade: g.grade, schoolYear: d.schoolYear, perClass: round2(g.students / g.classes), cap, code: d.unit.code, register: d.unit.register, time: g.time, link: `enrolment:${g.id}` };
      }
    }
    // Every school short of the full share is kept; the alert applies the configured watch line when read.
    if (t && t.teachers > 0 && t.qualified < t.teachers) {
      items[`teachers:${t.id}`] = { kind: 'teachers', school: d.name, schoolYear: d.schoolYear, share: round2((t.qualified * 100) / t.teachers), code: d.unit.code, register: d.unit.register, time: t.time, link: `teachers:${t.id}` };
    }
    const paired = grades.length > 0 && !!t;
    const measures = {
      schools: 1,
      standardSchools: d.standard ? 1 : 0,
      classes: sum('classes'),
      students,
      girls: sum('girls'),
      teachers: t?.teachers ?? 0,
      qualifiedTeachers: t?.qualified ?? 0,
      // Pupils per teacher only over schools that reported both, so a missing report skews nothing.
      pairedStudents: paired ? students : 0,
      pairedTeachers: paired ? t!.teachers : 0,
      oversizedClasses,
    };
    return [{ bucket: d.schoolYear, counters: { ...expand(measures, { level: d.level, type: d.type }), ...byGrade }, items }];
  },
};
