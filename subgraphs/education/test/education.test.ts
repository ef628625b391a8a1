import { startTestHub, type TestHub } from '@ioc/testing';
import { education } from '../src';
import * as f from './fixtures';

let hub: TestHub;
let admin: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'edu' });
  admin = await hub.token({ role: 'leader', scope: ['*'] });
  officer = await hub.token({ role: 'officer', scope: ['*'] });
});
afterAll(() => hub?.stop());

const stats = 'schools standardSchools standardSchoolShare students classes girls teachers qualifiedTeachers studentsPerTeacher studentsPerClass';
const ask = async (q: string, token = admin) => {
  const r = await hub.query(q, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
};

describe('education feeds through POST /ingest', () => {
  test('schools: good rows accepted, malformed rows rejected', async () => {
    const r = await hub.ingest('education', 'schools', f.schools);
    expect(r.status).toBe(200);
    // T01-T05 and T09 (Hoàng Sa, new register only) are accepted; T06-T08 rejected.
    expect(r.body).toEqual({ accepted: 6, rejected: 3, unchanged: 0 });
  });

  test('enrolment and teachers: unknown school, wrong grade, girls over total, bad year, code unknown on the year start', async () => {
    expect((await hub.ingest('education', 'enrolment', f.enrolment)).body).toEqual({ accepted: 7, rejected: 5, unchanged: 0 });
    expect((await hub.ingest('education', 'teachers', f.teachers)).body).toEqual({ accepted: 5, rejected: 1, unchanged: 0 });
  });

  test('re-sending the same files changes nothing', async () => {
    expect((await hub.ingest('education', 'schools', f.schools)).body).toEqual({ accepted: 0, rejected: 3, unchanged: 6 });
    expect((await hub.ingest('education', 'enrolment', f.enrolment)).body).toEqual({ accepted: 0, rejected: 5, unchanged: 7 });
  });

  test('an older row never overwrites a newer one; a newer one does', async () => {
    expect((await hub.ingest('education', 'enrolment', f.enrolmentOlder)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
    const d = await ask(`{ commune(code: "20341", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { students girls } } }`);
    expect(d.commune.education).toEqual({ students: 120, girls: 60 });
    expect((await hub.ingest('education', 'enrolment', f.enrolmentNewer)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    const e = await ask(`{ commune(code: "20341", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { students girls } } }`);
    expect(e.commune.education).toEqual({ students: 123, girls: 61 });
  });

  test('a row without NgayCapNhat (the documented columns) is ordered by its arrival: it replaces the dated row stored before it', async () => {
    expect((await hub.ingest('education', 'enrolment', f.enrolmentUndated)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    const d = await ask(`{ commune(code: "20341", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { students girls } } }`);
    expect(d.commune.education).toEqual({ students: 125, girls: 62 });
    expect((await hub.ingest('education', 'enrolment', f.enrolmentUndated)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
    // Arrival orders it against a dated row too: the dated correction sent again now wins back.
    expect((await hub.ingest('education', 'enrolment', f.enrolmentNewer)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    const e = await ask(`{ commune(code: "20341", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { students girls } } }`);
    expect(e.commune.education).toEqual({ students: 123, girls: 61 });
  });

  test('rejects name the field and the value (officers only)', async () => {
    const d = await ask(`{ educationRejects(first: 100) { feed field value reason } }`, officer);
    const reasons = d.educationRejects.map((r: any) => `${r.feed}|${r.field}|${r.value}|${r.reason}`);
    const has = (feed: string, field: string, value: string, text: string) =>
      expect(reasons.some((r: string) => r.startsWith(`${feed}|${field}|${value}|`) && r.includes(text))).toBe(true);
    has('schools', 'CapHoc', 'DH', 'CapHoc: "DH" — phải là một trong MN, TH, THCS, THPT, LIEN_CAP');
    has('schools', 'MaXa', '99999', 'MaXa: "99999"');
    has('schools', 'DatChuanQuocGia', '2', 'phải là 0 hoặc 1');
    has('enrolment', 'Khoi', '7', 'cấp TH chỉ có khối 1-5');
    has('enrolment', 'MaTruong', 'T99', 'không có trường mã này');
    has('enrolment', 'SoHocSinhNu', '81', 'lớn hơn tổng số học sinh (80)');
    has('enrolment', 'NamHoc', '2024-2025-x', 'YYYY-YYYY');
    has('enrolment', 'MaTruong', 'T09', 'ngày 2024-09-05');
    has('teachers', 'SoGiaoVienDatChuan', '7', 'lớn hơn tổng số giáo viên (6)');
    expect(d.educationRejects).toHaveLength(9);
    const leader = await hub.query(`{ educationRejects { feed } }`, { token: admin });
    expect(leader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('statistics through the gateway', () => {
  test('the contract query, exactly as written', async () => {
    const d = await ask(
      `{ district(code: "502", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { schools standardSchools students classes teachers studentsPerTeacher byLevel { level schools students } } } }`,
    );
    // District 502 = T01 (20335) + T02 (20341). Students 70 + 74 + 123 = 267; classes 2 + 2 + 3 = 7;
    // teachers 10 + 8 = 18; 267 / 18 = 14.833… → 14.83.
    expect(d.district.education).toEqual({
      schools: 2,
      standardSchools: 1,
      students: 267,
      classes: 7,
      teachers: 18,
      studentsPerTeacher: 14.83,
      byLevel: [
        { level: 'MN', schools: 0, students: 0 },
        { level: 'TH', schools: 1, students: 144 },
        { level: 'THCS', schools: 1, students: 123 },
        { level: 'THPT', schools: 0, students: 0 },
        { level: 'LIEN_CAP', schools: 0, students: 0 },
      ],
    });
  });

  test('province 49: every figure, equal to the sums over its districts and over its communes', async () => {
    const d = await ask(`{ province(code: "49", asOf: "2025-03-01") {
      education(schoolYear: "2024-2025") { ${stats} girlsShare qualifiedTeacherShare byType { type schools students } byGrade { grade classes students girls } }
      districts { code education(schoolYear: "2024-2025") { schools students classes girls teachers } communes { code education(schoolYear: "2024-2025") { schools students classes girls teachers } } } } }`);
    const p = d.province.education;
    // T01 + T02 + T03: students 267 + 180 = 447, classes 7 + 4 = 11, girls 130 + 100 = 230,
    // teachers 18 + 12 = 30, qualified 9 + 8 + 5 = 22 → 73.33 %; standard 2 of 3 → 66.67 %;
    // girls 230 / 447 = 51.45 %; 447 / 11 = 40.64 per class; 447 / 30 = 14.9 per teacher.
    expect(p).toMatchObject({
      schools: 3,
      standardSchools: 2,
      standardSchoolShare: 66.67,
      students: 447,
      classes: 11,
      girls: 230,
      teachers: 30,
      qualifiedTeachers: 22,
      qualifiedTeacherShare: 73.33,
      studentsPerTeacher: 14.9,
      studentsPerClass: 40.64,
      girlsShare: 51.45,
    });
    expect(p.byType).toEqual([
      { type: 'CONG_LAP', schools: 2, students: 267 },
      { type: 'TU_THUC', schools: 1, students: 180 },
      { type: 'DAN_LAP', schools: 0, students: 0 },
    ]);
    expect(p.byGrade).toEqual([
      { grade: 1, classes: 2, students: 70, girls: 33 },
      { grade: 2, classes: 2, students: 74, girls: 36 },
      { grade: 6, classes: 3, students: 123, girls: 61 },
      { grade: 10, classes: 4, students: 180, girls: 100 },
    ]);
    const sum = (list: any[], k: string) => list.reduce((n, u) => n + u.education[k], 0);
    const districts = d.province.districts;
    const communes = districts.flatMap((x: any) => x.communes);
    for (const k of ['schools', 'students', 'classes', 'girls', 'teachers']) {
      expect(sum(districts, k)).toBe(p[k]);
      expect(sum(communes, k)).toBe(p[k]);
    }
    expect(districts.find((x: any) => x.code === '503').education).toEqual({ schools: 1, students: 180, classes: 4, girls: 100, teachers: 12 });
  });

  test('new-register province 48 includes what old 49 and old 48 reported; after the reform its new communes', async () => {
    const d = await ask(`{ province(code: "48", asOf: "2025-08-01") { register
      before: education(schoolYear: "2024-2025") { schools students teachers }
      after: education(schoolYear: "2025-2026") { schools students }
      communes { code education(schoolYear: "2025-2026") { students } } } }`);
    expect(d.province.register).toBe('FROM_2025_07');
    // 2024-2025: T01-T03 (old 49) + T04 (old 48): 447 + 150 students, 30 + 6 teachers.
    expect(d.province.before).toEqual({ schools: 4, students: 597, teachers: 36 });
    // 2025-2026: of T01-T04 and T09 (Hoàng Sa), all in today's 48, only T01 reported (60 pupils);
    // T04's teacher row for that year was rejected.
    expect(d.province.after).toEqual({ schools: 1, students: 60 });
    const withStudents = d.province.communes.filter((c: any) => c.education.students > 0);
    expect(withStudents).toEqual([{ code: '20335', education: { students: 60 } }]);
    // The records link back to the unit they were reported with, in either register.
    const old = await ask(`{ commune(code: "20335", asOf: "2025-03-01") { schools { code communeCode currentProvince currentCommune } } }`);
    expect(old.commune.schools).toEqual([{ code: 'T01', communeCode: '20335', currentProvince: '48', currentCommune: '20335' }]);
  });

  test('scope: another province sees none of these records; the public gets no education data', async () => {
    const nghean = await hub.token({ role: 'leader', scope: ['40'] });
    const q = `{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { schools students } } }`;
    expect((await ask(q, nghean)).province.education).toBeNull();
    const anonymous = await hub.query(q);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.province.education).toBeNull();
    expect((await ask(`{ educationSchool(code: "T01") { name } }`, nghean)).educationSchool).toBeNull();
    expect((await ask(`{ educationSchool(code: "T05") { name currentProvince } }`, nghean)).educationSchool).toEqual({
      name: 'Trường Tiểu học Đông Vĩnh',
      currentProvince: '40',
    });
    const anon = await hub.query(`{ educationFeeds { feed } }`);
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a province-wide query takes a constant number of database queries', async () => {
    const db = hub.subgraphs.education.db.commands;
    const before = db.count;
    const d = await ask(`{ provinces(asOf: "2025-03-01") { code education(schoolYear: "2024-2025") { schools students } } }`);
    const queries = db.count - before;
    expect(d.provinces).toHaveLength(63);
    expect(d.provinces.find((p: any) => p.code === '40').education).toEqual({ schools: 1, students: 30 });
    // The rollup documents of all 63 provinces (the year asked and the one before) in one query,
    // after the rollups' stamp (none when the process keeps them all: kit's cache.ts).
    expect(queries).toBeLessThanOrEqual(2);
    const before2 = db.count;
    await ask(`{ province(code: "49", asOf: "2025-03-01") { districts { communes { education(schoolYear: "2024-2025") { students } } } } }`);
    expect(db.count - before2).toBeLessThanOrEqual(2);
  });

  test('indicators and alerts against their targets', async () => {
    const d = await ask(`{ province(code: "49", asOf: "2025-03-01") { education(schoolYear: "2024-2025") {
      indicators { code value target status source } alerts { code level title unitCode register link } } } }`);
    const ind = Object.fromEntries(d.province.education.indicators.map((i: any) => [i.code, i]));
    // 73.33 % qualified against 100 %: below the 90 % watch line → ALERT.
    expect(ind['education.qualifiedTeacherShare']).toMatchObject({ value: 73.33, target: 100, status: 'ALERT' });
    // T01 grade 2 has 74 pupils in 2 classes (37 > 35): 2 of 11 classes → 18.18 %.
    expect(ind['education.oversizedClassShare']).toMatchObject({ value: 18.18, target: 0, status: 'ALERT' });
    expect(ind['education.standardSchoolShare']).toMatchObject({ value: 66.67, target: 70, status: 'WATCH' });
    expect(ind['education.studentsPerTeacher']).toMatchObject({ value: 14.9, target: 20, status: 'GOOD' });
    const alerts = d.province.education.alerts;
    expect(alerts).toHaveLength(2);
    // T03 (5 of 12 = 41.67 %) is CRITICAL; T01's 9 of 10 sits on the watch line and raises nothing.
    expect(alerts).toContainEqual({
      code: 'education.qualifiedTeachersLow',
      level: 'CRITICAL',
      title: 'Trường THPT Minh An: 41.67% giáo viên đạt chuẩn trình độ đào tạo năm học 2024-2025 (mục tiêu 100%)',
      unitCode: '20398',
      register: 'PRE_2025_07',
      link: 'teachers:T03|2024-2025',
    });
    expect(alerts).toContainEqual({
      code: 'education.classSizeOverCap',
      level: 'WARNING',
      title: 'Trường Tiểu học Tân Thạnh: khối 2 năm học 2024-2025 bình quân 37 học sinh/lớp, vượt mức tối đa 35',
      unitCode: '20335',
      register: 'PRE_2025_07',
      link: 'enrolment:T01|2024-2025|2',
    });
  });

  test('freshness of every feed', async () => {
    const d = await ask(`{ educationFeeds { feed lastOutcome records rejects lastSummary { accepted rejected unchanged } } }`);
    expect(d.educationFeeds).toEqual([
      { feed: 'schools', lastOutcome: 'OK_WITH_REJECTS', records: 6, rejects: 3, lastSummary: { accepted: 0, rejected: 3, unchanged: 6 } },
      { feed: 'enrolment', lastOutcome: 'OK', records: 7, rejects: 5, lastSummary: { accepted: 1, rejected: 0, unchanged: 0 } },
      { feed: 'teachers', lastOutcome: 'OK_WITH_REJECTS', records: 5, rejects: 1, lastSummary: { accepted: 5, rejected: 1, unchanged: 0 } },
    ]);
  });

  test('a bad school year is BAD_USER_INPUT naming the argument and the value', async () => {
    const r = await hub.query(`{ district(code: "502", asOf: "2025-03-01") { education(schoolYear: "2024/25") { schools } } }`, { token: admin });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('"schoolYear": "2024/25"');
  });
});
