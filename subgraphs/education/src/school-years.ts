/**
 * The bookkeeping of the three exports. A school's school year is what the figures count (see
 * rollup.ts), and each feed changes part of it: a grade row, its teachers row, or the school
 * itself (level, type, standard, commune: every year it reported in moves). After each batch is
 * written, the school years it touches are assembled as stored now (after) and as they were
 * (the batch's changed rows put back to their `before`), and the engine takes the before out and
 * puts the after in. Every read is by `_id` (a school year's grade rows are `<school>|<year>|0…12`),
 * so the cost of a batch does not grow with the records held.
 *
 * The three feeds are loaded in turn (reports name schools): each holds its own lease, so a
 * school changed while a report of the same school year is being ingested could be counted with
 * the other's old state; `npm run rollups:rebuild education` recounts from the raw records.
 */
import { Deltas, writeDeltas, type AcceptedChange, type Contribution, type RollupSpec, type StoredRecord, type UnitRef } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { EnrolmentDoc, Models, SchoolDoc, TeachersDoc } from './models';
import { educationRollup, type SchoolYearRecord } from './rollup';

const grades = Array.from({ length: 13 }, (_, g) => g);
export const schoolYearId = (school: string, year: string) => `${school}|${year}`;
const gradeId = (school: string, year: string, grade: number) => `${school}|${year}|${grade}`;

interface Key {
  school: string;
  year: string;
}

/** Stored rows by `_id`. */
interface State {
  schools: Map<string, SchoolDoc>;
  enrolment: Map<string, EnrolmentDoc>;
  teachers: Map<string, TeachersDoc>;
}

async function byIds<T extends { _id: string }>(model: Models[keyof Models], ids: string[], into: Map<string, T>): Promise<void> {
  const wanted = ids.filter((id) => !into.has(id));
  if (wanted.length === 0) return;
  const rows = (await (model as Models['School']).find({ _id: { $in: wanted } }).lean()) as unknown as T[];
  for (const r of rows) into.set(r._id, r);
}

/** The stored rows of the school years `keys`; `known` rows (the batch's, just written) are not read again. */
async function readState(m: Models, keys: Key[], known: Partial<State>): Promise<State> {
  const state: State = { schools: new Map(known.schools), enrolment: new Map(known.enrolment), teachers: new Map(known.teachers) };
  await Promise.all([
    byIds(m.School, [...new Set(keys.map((k) => k.school))], state.schools),
    byIds(
      m.Enrolment,
      keys.flatMap((k) => grades.map((g) => gradeId(k.school, k.year, g))),
      state.enrolment,
    ),
    byIds(
      m.Teachers,
      keys.map((k) => schoolYearId(k.school, k.year)),
      state.teachers,
    ),
  ]);
  return state;
}

function assemble(state: State, school: SchoolDoc, year: string): SchoolYearRecord {
  return {
    _id: schoolYearId(school._id, year),
    schoolYear: year,
    school,
    grades: grades.map((g) => state.enrolment.get(gradeId(school._id, year, g))).filter((r): r is EnrolmentDoc => !!r),
    teachers: state.teachers.get(schoolYearId(school._id, year)) ?? null,
  };
}

/** A copy of `rows` with each change's row put back as it was (removed when it is new). */
function putBack<R extends { _id: string }>(rows: Map<string, R>, changes: AcceptedChange<R & StoredRecord>[]): Map<string, R> {
  const out = new Map(rows);
  for (const c of changes) {
    if (c.before) out.set(c.after._id, c.before);
    else out.delete(c.after._id);
  }
  return out;
}

/** A spec that adds the given contributions at a fixed unit: how a pair's difference is applied. */
const fixed = (unit: UnitRef, contributions: Contribution[]): RollupSpec<null> => ({ unit: () => unit, contributions: () => contributions });

/**
 * Takes each pair's before out and puts its after in. Where the school year stays in its unit
 * (nearly always), only the difference is written: counters by their change, items only when
 * added, changed or gone. Re-setting every unchanged open item of a province's bucket at each
 * batch is what made an earlier version of these rollups slow on FerretDB.
 */
async function bookkeep(conn: Connection, pairs: { before: SchoolYearRecord | null; after: SchoolYearRecord }[]): Promise<void> {
  const deltas = new Deltas();
  const whole: typeof pairs = [];
  for (const { before, after } of pairs) {
    const unit = educationRollup.unit(after);
    if (!before || !unit || JSON.stringify(educationRollup.unit(before)) !== JSON.stringify(unit)) {
      whole.push({ before, after });
      continue;
    }
    const [was] = educationRollup.contributions(before);
    const now = educationRollup.contributions(after)[0] ?? { bucket: after.schoolYear };
    const counters: Record<string, number> = { ...now.counters };
    for (const [k, n] of Object.entries(was?.counters ?? {})) counters[k] = (counters[k] ?? 0) - n;
    const gone = Object.fromEntries(Object.entries(was?.items ?? {}).filter(([k]) => !now.items?.[k]));
    const come = Object.fromEntries(Object.entries(now.items ?? {}).filter(([k, v]) => JSON.stringify(was?.items?.[k]) !== JSON.stringify(v)));
    deltas.apply(fixed(unit, [{ bucket: after.schoolYear, items: gone }]), null, -1);
    deltas.apply(fixed(unit, [{ bucket: after.schoolYear, counters, items: come }]), null, 1);
  }
  // Every before out first, then every after in.
  for (const p of whole) if (p.before) deltas.apply(educationRollup, p.before, -1);
  for (const p of whole) deltas.apply(educationRollup, p.after, 1);
  await writeDeltas(conn, deltas);
}

/** The school years reported so far (a handful), so that a changed school finds its years by `_id`. */
async function noteYears(m: Models, years: Set<string>): Promise<void> {
  await m.ReportYear.bulkWrite(
    [...years].map((_id) => ({ updateOne: { filter: { _id }, update: { $set: { _id } }, upsert: true } })),
    { ordered: false },
  );
}

const keysOf = (rows: { school: string; schoolYear: string }[]): Key[] => [
  ...new Map(rows.map((r) => [schoolYearId(r.school, r.schoolYear), { school: r.school, year: r.schoolYear }])).values(),
];

/** A report feed's `onAccepted` (enrolment or teachers): the school years of its changed rows move. */
function onReports<R extends EnrolmentDoc | TeachersDoc>(conn: Connection, m: Models, feed: 'enrolment' | 'teachers') {
  return async (changes: AcceptedChange<R & StoredRecord>[]) => {
    const keys = keysOf(changes.map((c) => c.after));
    const rows = new Map(changes.map((c) => [c.after._id, c.after as R]));
    const after = await readState(m, keys, { [feed]: rows });
    const before: State = { ...after, [feed]: putBack(after[feed] as Map<string, R>, changes) };
    const pairs = keys.flatMap((k) => {
      const school = after.schools.get(k.school);
      return school ? [{ before: assemble(before, school, k.year), after: assemble(after, school, k.year) }] : [];
    });
    await Promise.all([bookkeep(conn, pairs), noteYears(m, new Set(keys.map((k) => k.year)))]);
  };
}

/** What of a school its figures depend on; a change elsewhere (none today) moves nothing. */
const counted = (s: SchoolDoc) => JSON.stringify([s.name, s.level, s.type, s.standard, s.unitPre, s.unitPost]);

/** The schools feed's `onAccepted`: a school changed in what counts moves every school year it reported in. */
function onSchools(conn: Connection, m: Models) {
  return async (changes: AcceptedChange<SchoolDoc & StoredRecord>[]) => {
    // A new school has no reports yet: reports naming an unknown school are rejected.
    const moved = changes.filter((c) => c.before && counted(c.before) !== counted(c.after));
    if (moved.length === 0) return;
    const years = (await m.ReportYear.find({}).lean()).map((y) => y._id);
    const keys = moved.flatMap((c) => years.map((year) => ({ school: c.after._id, year })));
    const state = await readState(m, keys, { schools: new Map(moved.map((c) => [c.after._id, c.after])) });
    const pairs = moved.flatMap((c) => years.map((year) => ({ before: assemble(state, c.before!, year), after: assemble(state, c.after, year) })));
    await bookkeep(conn, pairs);
  };
}

/** Every school year of the raw records, for `npm run rollups:rebuild education` and tests' recounts. */
export async function* schoolYearRecords(m: Models): AsyncIterable<SchoolYearRecord> {
  const schools = new Map((await m.School.find({}).lean<SchoolDoc[]>()).map((s) => [s._id, s]));
  const teachers = new Map((await m.Teachers.find({}).lean<TeachersDoc[]>()).map((t) => [t._id, t]));
  // Sorted by `_id`, the grade rows of one school year come together.
  let open: { key: Key; rows: EnrolmentDoc[] } | null = null;
  const close = (o: NonNullable<typeof open>): SchoolYearRecord | null => {
    const school = schools.get(o.key.school);
    if (!school) return null;
    const id = schoolYearId(o.key.school, o.key.year);
    const t = teachers.get(id) ?? null;
    teachers.delete(id);
    return { _id: id, schoolYear: o.key.year, school, grades: o.rows, teachers: t };
  };
  for await (const r of m.Enrolment.find({}).sort({ _id: 1 }).lean<EnrolmentDoc>().cursor({ batchSize: 2000 })) {
    if (open && (open.key.school !== r.school || open.key.year !== r.schoolYear)) {
      const done = close(open);
      if (done) yield done;
      open = null;
    }
    (open ??= { key: { school: r.school, year: r.schoolYear }, rows: [] }).rows.push(r);
  }
  if (open) {
    const done = close(open);
    if (done) yield done;
  }
  // School years with teachers but no grade rows.
  for (const t of teachers.values()) {
    const school = schools.get(t.school);
    if (school) yield { _id: t._id, schoolYear: t.schoolYear, school, grades: [], teachers: t };
  }
}

/** The three feeds' `onAccepted`; the enrolment one carries the spec and its records for a rebuild. */
export function bookkeeping(conn: Connection, m: Models) {
  const enrolment = Object.assign(onReports<EnrolmentDoc>(conn, m, 'enrolment'), {
    rollupSpec: educationRollup,
    rollupRecords: () => schoolYearRecords(m),
  });
  return { schools: onSchools(conn, m), enrolment, teachers: onReports<TeachersDoc>(conn, m, 'teachers') };
}
