/**
 * Education figures come from rollups kept at ingest: after feeds with updates, duplicates, late
 * older rows and a school changing its standard and level, they equal a recount from the raw
 * exports, document by document; and statistics read the same documents when the rows held grow
 * tenfold.
 */
import { countDocumentsRead, recount, storedRollups } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/gateway/src/testing';
import { education } from '../src';
import { models } from '../src/models';
import { educationRollup } from '../src/rollup';
import { deriveSchoolYears } from '../src/school-years';
import * as f from './fixtures';

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'edu-rollups' });
  leader = await hub.token({ role: 'leader', scope: ['*'] });
});
afterAll(() => hub?.stop());

const header = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat';
const query = `{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { schools standardSchools students classes teachers studentsPerTeacher byLevel { level schools students } byGrade { grade students } alerts { link } } } }`;

async function recounted() {
  const m = models(hub.subgraphs.education.db.connection);
  const [schools, enrolment, teachers] = await Promise.all([m.School.find({}).lean(), m.Enrolment.find({}).lean(), m.Teachers.find({}).lean()]);
  return recount(educationRollup, deriveSchoolYears(schools, enrolment, teachers));
}

test('rollups equal a recount from the raw exports after updates, duplicates, late rows and a changed school', async () => {
  await hub.ingest('education', 'schools', f.schools);
  await hub.ingest('education', 'enrolment', f.enrolment);
  await hub.ingest('education', 'teachers', f.teachers);
  await hub.ingest('education', 'enrolment', f.enrolmentOlder);
  // A corrected row, sent twice in one file.
  expect((await hub.ingest('education', 'enrolment', f.enrolmentNewer + f.enrolmentNewer.split('\n')[1] + '\n')).body).toEqual({ accepted: 1, rejected: 0, unchanged: 1 });
  // T02 is now recognised as standard and re-listed as a multi-level school: its year moves.
  const changed = 'MaTruong;TenTruong;CapHoc;LoaiHinh;MaXa;DatChuanQuocGia;NgayCapNhat\nT02;Trường THCS An Mỹ;LIEN_CAP;CONG_LAP;20341;1;2024-12-01\n';
  expect((await hub.ingest('education', 'schools', changed)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  const conn = hub.subgraphs.education.db.connection;
  expect(await storedRollups(conn)).toEqual(await recounted());
  const d = (await hub.query(query, { token: leader })).data.province.education;
  expect(d.byLevel.find((l: { level: string }) => l.level === 'LIEN_CAP')).toEqual({ level: 'LIEN_CAP', schools: 1, students: 123 });
  expect(d.byLevel.find((l: { level: string }) => l.level === 'THCS')).toEqual({ level: 'THCS', schools: 0, students: 0 });
  expect(d.standardSchools).toBe(3);
});

test('statistics read the same documents when the rows held grow tenfold', async () => {
  const read = countDocumentsRead(hub.subgraphs.education.db.connection);
  let before = read();
  const small = await hub.query(query, { token: leader });
  const smallDocs = read() - before;
  // Ten school years of history for every school of 49: ten times the rows.
  const years = Array.from({ length: 10 }, (_, k) => `${2010 + k}-${2011 + k}`);
  const rows = years.flatMap((y) => ['T01,1', 'T01,2', 'T02,6', 'T03,10', 'T03,11'].map((s) => `${s.split(',')[0]},${y},${s.split(',')[1]},2,60,30,2015-01-01`));
  expect((await hub.ingest('education', 'enrolment', [header, ...rows].join('\n'))).body).toMatchObject({ accepted: 50, rejected: 0 });
  before = read();
  const large = await hub.query(query, { token: leader });
  expect(read() - before).toBe(smallDocs);
  expect(large.data).toEqual(small.data);
  expect(await storedRollups(hub.subgraphs.education.db.connection)).toEqual(await recounted());
});
