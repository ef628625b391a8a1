/**
 * Education figures come from rollups kept at ingest: after feeds with corrections, duplicate
 * lines, older versions arriving late and schools changing level, standard and commune, they equal
 * a recount from the raw records, document by document (and a rebuild gives them back); a
 * province's statistics read the same documents when the records held grow tenfold; and `series`
 * shows, per period, the school year in force.
 */
import { countDocumentsRead, rebuildRollups, recount, storedRollups, renewStamp } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { education, feeds } from '../src';
import { models } from '../src/models';
import { educationRollup, type SchoolYearRecord } from '../src/rollup';
import { schoolYearRecords } from '../src/school-years';

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'edu-rollups' });
  leader = await hub.token({ role: 'leader', scope: ['48'] });
});
afterAll(() => hub?.stop());

const conn = () => hub.subgraphs.education.db.connection;
const ingest = async (feed: string, header: string, lines: string[]) => (await hub.ingest('education', feed, `${header}\n${lines.join('\n')}\n`)).body;
const schoolsHeader = 'MaTruong,TenTruong,CapHoc,LoaiHinh,MaXa,DatChuanQuocGia,NgayCapNhat';
const enrolmentHeader = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat';
const teachersHeader = 'MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan,NgayCapNhat';
// Tam Kỳ and Hội An communes of old Quảng Nam (49), today's Đà Nẵng (48).
const communes = ['20335', '20341', '20398'];

/** `n` primary schools numbered from `first`, spread over the three communes. */
const schools = (first: number, n: number, day = '2024-08-01') =>
  Array.from({ length: n }, (_, i) => `S${first + i},Trường Tiểu học số ${first + i},TH,${i % 4 ? 'CONG_LAP' : 'TU_THUC'},${communes[i % 3]},${i % 2},${day}`);
/** Grades 1-5 of each school of `schools(first, n)` for a school year; one in three grades over the cap of 35. */
const enrolment = (first: number, n: number, year: string, day: string, extra = 0) =>
  Array.from({ length: n }, (_, i) =>
    [1, 2, 3, 4, 5].map((g) => `S${first + i},${year},${g},2,${(g + i) % 3 ? 60 + extra : 74 + extra},${30 + (g % 3)},${day}`),
  ).flat();
const teachers = (first: number, n: number, year: string, day: string) =>
  Array.from({ length: n }, (_, i) => `S${first + i},${year},${10 + (i % 3)},${i % 5 ? 10 : 4},${day}`);

async function rawRecount() {
  const records: SchoolYearRecord[] = [];
  for await (const r of schoolYearRecords(models(conn()))) records.push(r);
  return recount(educationRollup, records);
}

const statsQuery = `{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") {
  schools standardSchools students classes girls teachers qualifiedTeachers studentsPerTeacher
  byLevel { level schools students } byType { type schools students } byGrade { grade classes students }
  indicators { code value previous } alerts { link } } } }`;

test('rollups equal a recount from the raw records after corrections, duplicates, late older rows and changed schools', async () => {
  expect(await ingest('schools', schoolsHeader, schools(1, 12))).toMatchObject({ accepted: 12, rejected: 0 });
  expect(await ingest('enrolment', enrolmentHeader, enrolment(1, 12, '2024-2025', '2024-09-20'))).toMatchObject({ accepted: 60, rejected: 0 });
  // Teachers first reported for half the schools, the rest later (pupils per teacher pairs them when both are in).
  expect(await ingest('teachers', teachersHeader, teachers(1, 6, '2024-2025', '2024-09-25'))).toMatchObject({ accepted: 6 });
  expect(await ingest('teachers', teachersHeader, teachers(7, 6, '2024-2025', '2024-09-25'))).toMatchObject({ accepted: 6 });
  expect(await ingest('enrolment', enrolmentHeader, enrolment(1, 12, '2023-2024', '2023-09-20'))).toMatchObject({ accepted: 60 });
  expect(await ingest('teachers', teachersHeader, teachers(1, 12, '2023-2024', '2023-09-25'))).toMatchObject({ accepted: 12 });

  // Corrections of four schools (every grade +3 pupils), a line repeated in the same file, then
  // the original rows again, older: they change nothing.
  const corrected = enrolment(1, 4, '2024-2025', '2024-11-02', 3);
  expect(await ingest('enrolment', enrolmentHeader, [...corrected, corrected[0]])).toEqual({ accepted: 20, rejected: 0, unchanged: 1 });
  expect(await ingest('enrolment', enrolmentHeader, enrolment(1, 6, '2024-2025', '2024-09-01'))).toEqual({ accepted: 0, rejected: 0, unchanged: 30 });
  // A teachers row corrected: S5 now fully qualified.
  expect(await ingest('teachers', teachersHeader, ['S5,2024-2025,10,10,2024-12-01'])).toMatchObject({ accepted: 1 });

  // Schools change: S2 gains the national standard, S3 moves to another commune, S4 becomes a
  // multi-level school (its grade rows still count), S5 a lower secondary one (its primary rows no
  // longer count; its teachers do); an older version of S6 changes nothing.
  expect(
    await ingest('schools', schoolsHeader, [
      'S2,Trường Tiểu học số 2,TH,CONG_LAP,20341,1,2024-12-15',
      'S3,Trường Tiểu học số 3,TH,CONG_LAP,20398,0,2024-12-15',
      'S4,Trường Tiểu học số 4,LIEN_CAP,CONG_LAP,20335,1,2024-12-15',
      'S5,Trường THCS số 5,THCS,CONG_LAP,20335,1,2024-12-15',
      'S6,Trường cũ,TH,CONG_LAP,20335,0,2024-01-01',
    ]),
  ).toEqual({ accepted: 4, rejected: 0, unchanged: 1 });
  // A grade 6 row for S5 now, and its corrected teachers row.
  expect(await ingest('enrolment', enrolmentHeader, ['S5,2024-2025,6,1,40,20,2024-12-20'])).toMatchObject({ accepted: 1 });
  expect(await ingest('teachers', teachersHeader, ['S5,2024-2025,9,9,2024-12-20'])).toMatchObject({ accepted: 1 });

  const expected = await rawRecount();
  expect(Object.keys(expected).length).toBeGreaterThan(0);
  expect(await storedRollups(conn())).toEqual(expected);

  // The figures read from them are those of the raw records.
  const r = await hub.query(statsQuery, { token: leader });
  expect(r.errors).toBeUndefined();
  const e = r.data.province.education;
  const rawSchools = await models(conn()).School.find({}).lean();
  // S5's primary rows no longer count: its level teaches grades 6-9.
  const raw = (await models(conn()).Enrolment.find({ schoolYear: '2024-2025' }).lean()).filter((x) => x.school !== 'S5' || x.grade >= 6);
  expect(raw.filter((x) => x.school === 'S5')).toHaveLength(1);
  expect(e.students).toBe(raw.reduce((n, x) => n + x.students, 0));
  expect(e.classes).toBe(raw.reduce((n, x) => n + x.classes, 0));
  expect(e.schools).toBe(12);
  expect(e.byLevel.find((l: { level: string }) => l.level === 'LIEN_CAP').schools).toBe(1);
  expect(e.byLevel.find((l: { level: string }) => l.level === 'THCS')).toEqual({ level: 'THCS', schools: 1, students: 40 });
  expect(e.standardSchools).toBe(rawSchools.filter((s) => s.standard).length);
  // Every over-cap grade is an alert: 74 (or 77 corrected) pupils in 2 classes of a primary grade.
  expect(e.alerts.filter((a: { link: string }) => a.link.startsWith('enrolment:')).length).toBe(raw.filter((x) => x.students > 70).length);
  // `previous` is the school year before, read in the same query.
  expect(e.indicators.every((i: { previous: number | null }) => i.previous !== null)).toBe(true);

  // A rebuild from the raw records gives the same documents.
  const feedList = feeds(conn());
  await rebuildRollups(conn(), feedList);
  expect(await storedRollups(conn())).toEqual(expected);
});

test('a province’s statistics read the same documents when the records held grow tenfold', async () => {
  const read = countDocumentsRead(conn());
  // Measured from a cold process cache, as after a restart: both reads take every document they need.
  await renewStamp(conn(), { everything: true });
  let before = read();
  const small = await hub.query(statsQuery, { token: leader });
  const smallDocs = read() - before;
  expect(small.errors).toBeUndefined();
  expect(smallDocs).toBeGreaterThan(0);
  // 108 more schools in the same communes with their reports: ten times the 12 schools' records.
  expect(await ingest('schools', schoolsHeader, schools(13, 108))).toMatchObject({ accepted: 108 });
  expect(await ingest('enrolment', enrolmentHeader, enrolment(13, 108, '2024-2025', '2024-09-20'))).toMatchObject({ accepted: 540 });
  expect(await ingest('teachers', teachersHeader, teachers(13, 108, '2024-2025', '2024-09-25'))).toMatchObject({ accepted: 108 });
  await renewStamp(conn(), { everything: true });
  before = read();
  const large = await hub.query(statsQuery, { token: leader });
  expect(large.errors).toBeUndefined();
  expect(read() - before).toBe(smallDocs);
  expect(large.data.province.education.schools).toBe(small.data.province.education.schools + 108);
  expect(await storedRollups(conn())).toEqual(await rawRecount());
});

test('series: each period shows the school year in force on its last day, equal to that year’s statistics', async () => {
  const figures = 'schools standardSchools classes students girls teachers qualifiedTeachers studentsPerClass studentsPerTeacher';
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") {
      a: education(schoolYear: "2023-2024") { ${figures} }
      b: education(schoolYear: "2024-2025") { ${figures}
        months: series(from: "2024-07-01", to: "2024-11-01", every: MONTH) { from to schoolYear ${figures} }
        whole: series(from: "2024-07-01", to: "2024-11-01", every: QUARTER) { schoolYear students }
        days: series(from: "2024-09-03", to: "2024-09-07", every: DAY) { from schoolYear } } } }`,
    { token: leader },
  );
  expect(r.errors).toBeUndefined();
  const { a, b } = r.data.province;
  expect(b.months.map((m: { schoolYear: string }) => m.schoolYear)).toEqual(['2023-2024', '2023-2024', '2024-2025', '2024-2025']);
  for (const m of b.months) {
    const year = m.schoolYear === '2023-2024' ? a : b;
    for (const f of figures.split(' ')) expect([m.from, f, m[f]]).toEqual([m.from, f, year[f]]);
  }
  // A whole range equals its last period, however it is cut.
  expect(b.whole.map((q: { schoolYear: string }) => q.schoolYear)).toEqual(['2024-2025', '2024-2025']);
  expect(b.whole[b.whole.length - 1].students).toBe(b.months[b.months.length - 1].students);
  // The opening day, 5 September, starts the new school year.
  expect(b.days.map((d: { schoolYear: string }) => d.schoolYear)).toEqual(['2023-2024', '2023-2024', '2024-2025', '2024-2025']);
  expect(a.students).not.toBe(b.students);
});

test('alerts take `first`: the most severe first, never more than asked; 0 is BAD_USER_INPUT', async () => {
  const q = (first: number) => `{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { alerts(first: ${first}) { level } } } }`;
  const all = await hub.query(q(200), { token: leader });
  expect(all.data.province.education.alerts.length).toBeGreaterThan(2);
  const two = await hub.query(q(2), { token: leader });
  expect(two.data.province.education.alerts).toEqual(all.data.province.education.alerts.slice(0, 2));
  const zero = await hub.query(q(0), { token: leader });
  expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(zero.errors?.[0].message).toContain('"first"');
});

test('series arguments: a reversed range is BAD_USER_INPUT naming the argument', async () => {
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { series(from: "2025-01-01", to: "2024-01-01", every: MONTH) { students } } } }`,
    {
      token: leader,
    },
  );
  expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0].message).toContain('"to"');
});
