/**
 * One school's school year as the figures count it: the school's attributes and unit for that
 * year's register, its grades (enrolment rows) and its teachers row. Each feed's accepted changes
 * rewrite the school years they touch (`_id` = `school|year`), and the engine keeps the rollups of
 * those derived documents (before → after), so a school changing level or standard, or a grade
 * corrected later, moves its counts.
 */
import { registerAt, rollupFeed, type AcceptedChange, type RollupSpec, type StoredRecord, type UnitRef } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { EnrolmentDoc, GradeFigures, Models, SchoolDoc, SchoolYearDoc, TeachersDoc } from './models';
import { unitPath } from './loaders';
import { schoolYearStart } from './school-year';
import { educationRollup } from './rollup';

const timeOf = (r: { updatedAt: number | null; _ingestedAt?: Date }) => (r.updatedAt !== null ? new Date(r.updatedAt) : r._ingestedAt ?? new Date(0));

export const schoolYearId = (school: string, year: string) => `${school}|${year}`;

function attributes(s: SchoolDoc, year: string): Pick<SchoolYearDoc, 'name' | 'level' | 'type' | 'standard' | 'unit'> {
  const unit = (s[unitPath[registerAt(schoolYearStart(year))]] ?? null) as UnitRef | null;
  return { name: s.name, level: s.level, type: s.type, standard: s.standard, unit };
}

type Change<R> = AcceptedChange<R & StoredRecord>;

const gradeOf = (r: EnrolmentDoc): GradeFigures => ({ id: r._id, grade: r.grade, classes: r.classes, students: r.students, girls: r.girls, time: timeOf(r) });
const teachersOf = (t: TeachersDoc): NonNullable<SchoolYearDoc['teachers']> => ({ id: t._id, teachers: t.teachers, qualified: t.qualified, time: timeOf(t) });

/** The school years of whole raw collections, as ingest keeps them (for a rebuild, and tests' recounts). */
export function deriveSchoolYears(schools: SchoolDoc[], enrolment: EnrolmentDoc[], teachers: TeachersDoc[]): SchoolYearDoc[] {
  const byCode = new Map(schools.map((s) => [s._id, s]));
  const docs = new Map<string, SchoolYearDoc>();
  const docOf = (code: string, year: string) => {
    const id = schoolYearId(code, year);
    const school = byCode.get(code);
    if (!school) return null;
    if (!docs.has(id)) docs.set(id, { _id: id, school: code, schoolYear: year, grades: {}, teachers: null, ...attributes(school, year) });
    return docs.get(id)!;
  };
  for (const r of enrolment) { const d = docOf(r.school, r.schoolYear); if (d) d.grades[String(r.grade)] = gradeOf(r); }
  for (const t of teachers) { const d = docOf(t.school, t.schoolYear); if (d) d.teachers = teachersOf(t); }
  return [...docs.values()];
}

/**
 * Rewrites the school years a batch touches and hands the engine their before → after.
 * @param edit applies the batch's changes to one school year (a copy; `school` is its school row)
 */
async function rewrite(conn: Connection, m: Models, keys: Set<string>, edit: (doc: SchoolYearDoc, school: SchoolDoc) => void, stored?: SchoolYearDoc[]): Promise<void> {
  if (keys.size === 0) return;
  const before = new Map((stored ?? await m.SchoolYear.find({ _id: { $in: [...keys] } }).lean<SchoolYearDoc[]>()).map((d) => [d._id, d]));
  const schoolIds = [...new Set([...keys].map((k) => k.slice(0, k.indexOf('|'))))];
  const schools = new Map((await m.School.find({ _id: { $in: schoolIds } }).lean<SchoolDoc[]>()).map((s) => [s._id, s]));
  const changes: Change<SchoolYearDoc>[] = [];
  for (const id of keys) {
    const [code, year] = id.split('|');
    const school = schools.get(code);
    if (!school) continue;
    const old = before.get(id) ?? null;
    const doc: SchoolYearDoc = { _id: id, school: code, schoolYear: year, grades: { ...(old?.grades ?? {}) }, teachers: old?.teachers ?? null, ...attributes(school, year) };
    edit(doc, school);
    changes.push({ before: old as SchoolYearDoc & StoredRecord, after: doc as SchoolYearDoc & StoredRecord });
  }
  if (!changes.length) return;
  await m.SchoolYear.bulkWrite(changes.map((c) => ({ replaceOne: { filter: { _id: c.after._id }, replacement: c.after, upsert: true } })), { ordered: false });
  await rollupFeed(conn, educationRollup as RollupSpec<SchoolYearDoc & StoredRecord>)(changes);
}

/** The enrolment feed's `onAccepted`. */
export const onEnrolment = (conn: Connection, m: Models) => async (changes: Change<EnrolmentDoc>[]) => {
  const rows = new Map(changes.map((c) => [c.after._id, c.after]));
  const keys = new Set(changes.map((c) => schoolYearId(c.after.school, c.after.schoolYear)));
  await rewrite(conn, m, keys, (doc) => {
    for (const r of rows.values()) {
      if (schoolYearId(r.school, r.schoolYear) !== doc._id) continue;
      doc.grades[String(r.grade)] = gradeOf(r);
    }
  });
};

/** The teachers feed's `onAccepted`. */
export const onTeachers = (conn: Connection, m: Models) => async (changes: Change<TeachersDoc>[]) => {
  const byYear = new Map(changes.map((c) => [schoolYearId(c.after.school, c.after.schoolYear), c.after]));
  await rewrite(conn, m, new Set(byYear.keys()), (doc) => {
    const t = byYear.get(doc._id)!;
    doc.teachers = teachersOf(t);
  });
};

/** The schools feed's `onAccepted`: a changed school rewrites every school year it has. */
export const onSchools = (conn: Connection, m: Models) => async (changes: Change<SchoolDoc>[]) => {
  const codes = changes.filter((c) => c.before).map((c) => c.after._id);
  if (codes.length === 0) return;
  // The school list is small and changes rarely: its years are found by a scan of the derived documents.
  const stored = await m.SchoolYear.find({ school: { $in: codes } }).lean<SchoolYearDoc[]>();
  await rewrite(conn, m, new Set(stored.map((d) => d._id)), () => {}, stored);
};
