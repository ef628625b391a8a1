/**
 * Demo exports of the school management system, the same on every machine (seeded), for Quảng Nam
 * (49), Nghệ An (40) and Hà Nam (35): the school list (truong.csv, as exported after the reform:
 * schools listed before it keep their old commune codes; schools opened for 2025-2026 carry the
 * new register's codes of 48, 40 and 37), enrolment for 2024-2025 and 2025-2026 (quy-mo) and
 * teachers (giao-vien). Class sizes and staffing follow the usual ranges per level; a few grades go
 * over the charter's class size and a few records are malformed on purpose, for the alerts and the
 * rejects panel.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, unitRegisters, currentOf, bareName, writeLines, scaleProvince, evenShare, type Unit } from '@ioc/kit';
import { gradesOf, levelNames, type SchoolLevel, type SchoolType } from './levels';

interface DemoSchool {
  code: string;
  name: string;
  level: SchoolLevel;
  type: SchoolType;
  commune: string;
  standard: boolean;
  years: string[];
}

const provinces = ['49', '40', '35'];
const years = ['2024-2025', '2025-2026'];
const reportedOn: Record<string, string> = { '2024-2025': '2024-09-30', '2025-2026': '2025-09-30' };

/** Pupils per class and teachers per class by level: typical ranges, not regulation. */
const perClass: Record<SchoolLevel, [number, number]> = { MN: [20, 30], TH: [27, 36], THCS: [34, 46], THPT: [36, 46], LIEN_CAP: [25, 38] };
const teachersPerClass: Record<SchoolLevel, number> = { MN: 2, TH: 1.5, THCS: 1.9, THPT: 2.25, LIEN_CAP: 1.8 };
const classesOf: Record<SchoolLevel, [number, number]> = { MN: [4, 10], TH: [2, 5], THCS: [3, 8], THPT: [8, 12], LIEN_CAP: [1, 2] };

const csv = (rows: (string | number)[][], sep = ',') => rows.map((r) => r.join(sep)).join('\r\n') + '\r\n';

function schoolList(rnd: ReturnType<typeof seededRandom>): DemoSchool[] {
  const reg = unitRegisters();
  const schools: DemoSchool[] = [];
  for (const p of provinces) {
    let seq = 0;
    const code = () => `${p}${String(++seq).padStart(6, '0')}`;
    const districts = reg
      .list('PRE_2025_07', 'DISTRICT')
      .filter((d) => d.province === p)
      .slice(0, 6);
    const picked: Unit[] = [];
    for (const d of districts) {
      const communes = reg
        .list('PRE_2025_07', 'COMMUNE')
        .filter((c) => c.district === d.code)
        .slice(0, 3);
      picked.push(...communes);
      communes.forEach((c, i) => {
        const place = bareName(c.name, c.type);
        const add = (level: SchoolLevel, type: SchoolType = 'CONG_LAP') =>
          schools.push({ code: code(), name: `Trường ${levelNames[level]} ${place}`, level, type, commune: c.code, standard: rnd.chance(0.6), years });
        add('MN', rnd.chance(0.15) ? 'TU_THUC' : 'CONG_LAP');
        add('TH');
        if (i % 2 === 0) add('THCS');
        if (i === 0) add('THPT', rnd.chance(0.2) ? 'DAN_LAP' : 'CONG_LAP');
      });
    }
    schools.push({
      code: code(),
      name: `Trường Liên cấp ${bareName(picked[1].name, picked[1].type)}`,
      level: 'LIEN_CAP',
      type: 'TU_THUC',
      commune: picked[1].code,
      standard: false,
      years,
    });
    // Opened for 2025-2026: listed with the new register's code of the commune it stands in.
    for (const old of [picked[4], picked[7]]) {
      const now = reg.get('FROM_2025_07', 'COMMUNE', currentOf(old).commune!)!;
      schools.push({
        code: code(),
        name: `Trường Mầm non ${bareName(now.name, now.type)} mới`,
        level: 'MN',
        type: 'TU_THUC',
        commune: now.code,
        standard: false,
        years: ['2025-2026'],
      });
    }
  }
  return schools;
}

function enrolment(rnd: ReturnType<typeof seededRandom>, schools: DemoSchool[]) {
  const rows: (string | number)[][] = [];
  const classes = new Map<string, number>();
  for (const s of schools) {
    const [lo, hi] = s.level === 'LIEN_CAP' ? [1, 9] : gradesOf[s.level];
    for (const year of s.years) {
      let total = 0;
      for (let grade = lo; grade <= hi; grade++) {
        const c = rnd.int(...classesOf[s.level]);
        const pupils = c * rnd.int(...perClass[s.level]);
        const girls = Math.round(pupils * (0.45 + rnd.next() * 0.08));
        rows.push([s.code, year, grade, c, pupils, girls, reportedOn[year]]);
        total += c;
      }
      classes.set(`${s.code}|${year}`, total);
    }
  }
  return { rows, classes };
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(20240905);
  const schools = schoolList(rnd);
  const write = (name: string, text: string) => {
    const file = join(outDir, name);
    writeFileSync(file, text);
    return file;
  };

  const schoolRows = schools.map((s) => [s.code, s.name, s.level, s.type, s.commune, s.standard ? 1 : 0, s.years.length === 1 ? '2025-08-15' : '2024-08-15']);
  schoolRows.push(['49999901', 'Trường Cao đẳng Sư phạm (không thuộc cấp phổ thông)', 'CD', 'CONG_LAP', schools[0].commune, 0, '2024-08-15']);
  schoolRows.push(['40999902', 'Trường Tiểu học mã xã sai', 'TH', 'CONG_LAP', '99999', 0, '2024-08-15']);
  schoolRows.push(['35999903', 'Trường THCS thiếu cờ chuẩn', 'THCS', 'CONG_LAP', schools[schools.length - 1].commune, 'x', '2024-08-15']);
  // Spreadsheet exports: semicolons and a byte-order mark.
  const truong = '\uFEFF' + csv([['MaTruong', 'TenTruong', 'CapHoc', 'LoaiHinh', 'MaXa', 'DatChuanQuocGia', 'NgayCapNhat'], ...schoolRows], ';');

  const { rows, classes } = enrolment(rnd, schools);
  const header = ['MaTruong', 'NamHoc', 'Khoi', 'SoLop', 'SoHocSinh', 'SoHocSinhNu', 'NgayCapNhat'];
  const byYear = (y: string) => rows.filter((r) => r[1] === y);
  const late = byYear('2024-2025')
    .slice(0, 3)
    .map((r) => [r[0], r[1], r[2], r[3], Number(r[4]) + 5, r[5], '2024-09-01']);
  const broken = [
    [schools[1].code, '2025-2026', 3, 2, 60, 75, '2025-09-30'],
    [schools[2].code, '2025-2026', 13, 2, 60, 30, '2025-09-30'],
    ['00000000', '2025-2026', 1, 2, 60, 30, '2025-09-30'],
    [schools[1].code, '2025/2026', 1, 2, 60, 30, '2025-09-30'],
  ];

  const teacherRows: (string | number)[][] = [];
  for (const s of schools) {
    for (const year of s.years) {
      const n = Math.max(1, Math.round(classes.get(`${s.code}|${year}`)! * teachersPerClass[s.level] * (0.9 + rnd.next() * 0.2)));
      const qualified = rnd.chance(0.1) ? Math.round(n * (0.4 + rnd.next() * 0.4)) : n - rnd.int(0, Math.min(2, n));
      teacherRows.push([s.code, year, n, qualified, reportedOn[year]]);
    }
  }
  teacherRows.push([schools[3].code, '2025-2026', 10, 12, '2025-09-30']);
  teacherRows.push([schools[4].code, '2025-2026', 'mười', 9, '2025-09-30']);

  return [
    { feed: 'schools', file: write('truong.csv', truong) },
    { feed: 'enrolment', file: write('quy-mo-2024-2025.csv', csv([header, ...byYear('2024-2025')])) },
    // The 2025-2026 export also re-sends three 2024-2025 rows dated before the stored ones: ignored.
    { feed: 'enrolment', file: write('quy-mo-2025-2026.csv', csv([header, ...byYear('2025-2026'), ...late, ...broken])) },
    { feed: 'teachers', file: write('giao-vien.csv', csv([['MaTruong', 'NamHoc', 'SoGiaoVien', 'SoGiaoVienDatChuan', 'NgayCapNhat'], ...teacherRows])) },
  ];
}

/**
 * The schools of the merged Đà Nẵng (48) for three school years at `scale` (1 = every school of
 * the province; a smaller scale keeps that share of its communes): in each old commune of Quảng Nam
 * (49) and the old Đà Nẵng (48) a preschool and a primary school, a lower-secondary school in most,
 * and upper-secondary schools per district, listed under the old commune codes, with enrolment by
 * grade and teachers each year. Streamed row by row.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(48_2025);
  const province = scaleProvince();
  const scaleYears = ['2023-2024', '2024-2025', '2025-2026'];
  const reported = (year: string) => `${year.slice(0, 4)}-09-30`;
  const communes = evenShare(province.old.communes, scale);
  const schools: DemoSchool[] = [];
  const seq: Record<string, number> = {};
  // Numbered apart from the showcase demo's schools (49000001…), which may sit in the same database.
  const code = (p: string) => `${p}5${String((seq[p] = (seq[p] ?? 0) + 1)).padStart(5, '0')}`;
  const add = (c: Unit, level: SchoolLevel, type: SchoolType, suffix = '') =>
    schools.push({
      code: code(c.province),
      name: `Trường ${levelNames[level]} ${bareName(c.name, c.type)}${suffix}`,
      level,
      type,
      commune: c.code,
      standard: rnd.chance(0.55),
      years: scaleYears,
    });
  let lastDistrict = '';
  for (const c of communes) {
    add(c, 'MN', rnd.chance(0.12) ? 'TU_THUC' : 'CONG_LAP');
    add(c, 'TH', 'CONG_LAP');
    if (rnd.chance(0.3)) add(c, 'TH', 'CONG_LAP', ' số 2');
    if (rnd.chance(0.8)) add(c, 'THCS', 'CONG_LAP');
    if (c.district !== lastDistrict) {
      for (let k = rnd.int(1, 3); k > 0; k--) add(c, 'THPT', rnd.chance(0.15) ? 'DAN_LAP' : 'CONG_LAP', k > 1 ? ` số ${k}` : '');
      lastDistrict = c.district!;
    }
  }
  const truong = join(outDir, 'truong-48.csv');
  await writeLines(
    truong,
    (function* () {
      yield 'MaTruong,TenTruong,CapHoc,LoaiHinh,MaXa,DatChuanQuocGia,NgayCapNhat';
      for (const s of schools) yield [s.code, s.name, s.level, s.type, s.commune, s.standard ? 1 : 0, '2023-08-15'].join(',');
    })(),
  );
  const classes = new Map<string, number>();
  const enrolmentFile = join(outDir, 'quy-mo-48.csv');
  await writeLines(
    enrolmentFile,
    (function* () {
      yield 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat';
      for (const s of schools) {
        const [lo, hi] = gradesOf[s.level];
        for (const year of s.years) {
          let total = 0;
          for (let grade = lo; grade <= hi; grade++) {
            const c = rnd.int(...classesOf[s.level]);
            const pupils = c * rnd.int(...perClass[s.level]);
            yield [s.code, year, grade, c, pupils, Math.round(pupils * (0.45 + rnd.next() * 0.08)), reported(year)].join(',');
            total += c;
          }
          classes.set(`${s.code}|${year}`, total);
        }
      }
    })(),
  );
  const teachers = join(outDir, 'giao-vien-48.csv');
  await writeLines(
    teachers,
    (function* () {
      yield 'MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan,NgayCapNhat';
      for (const s of schools) {
        for (const year of s.years) {
          const n = Math.max(1, Math.round(classes.get(`${s.code}|${year}`)! * teachersPerClass[s.level] * (0.9 + rnd.next() * 0.2)));
          yield [s.code, year, n, n - rnd.int(0, Math.min(3, n)), reported(year)].join(',');
        }
      }
    })(),
  );
  return [
    { feed: 'schools', file: truong },
    { feed: 'enrolment', file: enrolmentFile },
    { feed: 'teachers', file: teachers },
  ];
}
